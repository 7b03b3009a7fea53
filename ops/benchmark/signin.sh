#!/usr/bin/env bash
# Sign-in benchmark: starts the service on a fresh demo database (loopback only), publishes a solved
# roster, signs in as the demo doctor and drives wrk at the doctor's visit list (bearer token, then
# HTTP Basic), at /api/me (bearer: the cost of being signed in alone) and at /actuator/health in the same
# run. Prints req/s, p50, p99 and the service's CPU time per request for each, and a SUMMARY.
#   ops/benchmark/signin.sh [--seconds S] [--connections C]
# Defaults: 30 s per measurement after 110 s of warm-up over all four and a wait for the service to go quiet, 50 connections, 2 wrk threads.
# Target (issue 13, finding 12): visit list >= half the health endpoint's req/s, p99 under 50 ms.
# Needs wrk (Debian: apt-get install wrk), curl and jq. CARE_BENCH_JAR: a built jar to use instead of
# building one; CARE_BENCH_PORT: the port (default 18480).
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=30
connections=50
while [[ $# -gt 0 ]]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --connections) connections="$2"; shift 2 ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
for tool in wrk curl jq; do
    command -v "$tool" >/dev/null || { echo "signin.sh needs $tool" >&2; exit 2; }
done

work="$(mktemp -d)"
jar="${CARE_BENCH_JAR:-}"
if [[ -z "$jar" ]]; then
    mvn -q -o package -DskipTests >&2 2>&1 || mvn -q package -DskipTests >&2
    jar=target/carerounds.jar
fi
# A copy, so that a build during the run cannot change the service under measurement.
cp "$jar" "$work/carerounds.jar"
port="${CARE_BENCH_PORT:-18480}"
base="http://127.0.0.1:$port"
service=""
cleanup() {
    if [[ -n "$service" ]]; then kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
CARE_DATA_DIR="$work/data" CARE_SOLVE_LIMIT=20s CARE_SOLVE_UNIMPROVED_LIMIT=5s \
    java -Xmx1g -jar "$work/carerounds.jar" --server.address=127.0.0.1 --server.port="$port" \
    >"$work/service.log" 2>&1 &
service=$!

json() { curl -sf -H 'Content-Type: application/json' "$@"; }
# Readiness, not a signed-in call: readiness turns UP once the demo and its users are loaded, and
# polling with a password before then would count as failed sign-ins and lock the account.
# Up to ten minutes: on a machine busy with builds the first start (migrations, demo import) is slow.
for _ in $(seq 600); do
    curl -sf "$base/actuator/health/readiness" >/dev/null 2>&1 && break
    kill -0 "$service" 2>/dev/null || { tail -30 "$work/service.log" >&2; exit 1; }
    sleep 1
done
json -u dispatcher:demo-dispatcher "$base/api/me" >/dev/null \
    || { echo "service did not come up:" >&2; tail -30 "$work/service.log" >&2; exit 1; }

# A published roster, so that the visit list has a real day of visits to read.
month=2027-01
center=$(json -u dispatcher:demo-dispatcher "$base/api/me" | jq -r .centerId)
roster=$(json -u dispatcher:demo-dispatcher -X POST -d "{\"centerId\":$center,\"month\":\"$month\"}" \
    "$base/api/rosters" | jq -r .id)
json -u dispatcher:demo-dispatcher -X POST "$base/api/rosters/$roster/solve" >/dev/null
for _ in $(seq 300); do
    status=$(json -u dispatcher:demo-dispatcher "$base/api/rosters/$roster/status" | jq -r .rosterStatus)
    [[ "$status" == SOLVED ]] && break
    sleep 1
done
[[ "$status" == SOLVED ]] || { echo "roster ended $status" >&2; exit 1; }
json -u dispatcher:demo-dispatcher -X POST "$base/api/rosters/$roster/publish" >/dev/null

token=$(json -X POST -d '{"username":"doctor1","password":"demo-doctor"}' "$base/api/sign-in" | jq -r .accessToken)
team=$(json -H "Authorization: Bearer $token" "$base/api/me" | jq -r .teamId)
day=$(json -H "Authorization: Bearer $token" "$base/api/teams/$team/visits?from=$month-01&to=$month-31" \
    | jq -r 'group_by(.date) | max_by(length) | .[0].date')
visits_url="$base/api/teams/$team/visits?from=$day"
count=$(json -H "Authorization: Bearer $token" "$visits_url" | jq length)
echo "visit list: team $team, $day, $count visits; health: $base/actuator/health; $connections connections, ${seconds}s each"

basic="Basic $(printf '%s' 'doctor1:demo-doctor' | base64)"
cpu_ticks() { # the service's user and system CPU so far, in clock ticks
    awk '{ print $14 + $15 }' "/proc/$service/stat"
}
quiet() { # waits (up to 2 min) until the service uses under 5 % of a core: the JIT's compile threads
    # and the collector go on working after the start and the solve, and would be billed to the first measurement
    local hz before waited=0
    hz=$(getconf CLK_TCK)
    while (( waited < 120 )); do
        before=$(cpu_ticks)
        sleep 2
        waited=$(( waited + 2 ))
        (( $(cpu_ticks) - before <= hz / 10 )) && break
    done
    echo "service quiet after ${waited}s"
}
run() { # name, seconds, url, [header]
    local args=(-t2 -c"$connections" -d"$2"s --latency)
    [[ -n "${4:-}" ]] && args+=(-H "Authorization: $4")
    local before
    before=$(cpu_ticks)
    wrk "${args[@]}" "$3" >"$work/$1.txt"
    echo $(( $(cpu_ticks) - before )) >"$work/$1.cpu"
}
ms() { # a wrk latency (850.00us, 1.23ms, 1.05s) in milliseconds
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
report() { # name
    local f="$work/$1.txt"
    local rps p50 p99 errors requests cpu_us
    rps=$(awk '/Requests\/sec/ {print $2}' "$f")
    p50=$(ms "$(awk '$1 == "50%" {print $2}' "$f")")
    p99=$(ms "$(awk '$1 == "99%" {print $2}' "$f")")
    errors=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$f")
    # The service's CPU time per request: unlike req/s, it hardly changes when other work shares the machine.
    requests=$(awk '/requests in/ {print $1}' "$f")
    cpu_us=$(awk -v t="$(cat "$work/$1.cpu")" -v n="$requests" -v hz="$(getconf CLK_TCK)" \
        'BEGIN { printf "%.0f", t * 1000000 / hz / n }')
    printf '%-14s %10s req/s   p50 %8s ms   p99 %8s ms   cpu %6s us/req   errors %s\n' \
        "$1" "$rps" "$p50" "$p99" "$cpu_us" "${errors:-0}"
    eval "${1}_rps=$rps ${1}_p50=$p50 ${1}_p99=$p99 ${1}_cpu_us=$cpu_us ${1}_errors=${errors:-0}"
}

# Warm-up of every endpoint measured (JIT, pools), not reported; then the visit list and health one after
# the other, so that neither gains from warming up longer than the other.
run warm_visits 60 "$visits_url" "Bearer $token"
run warm_basic 20 "$visits_url" "$basic"
run warm_me 10 "$base/api/me" "Bearer $token"
run warm_health 20 "$base/actuator/health"
quiet
run visits "$seconds" "$visits_url" "Bearer $token"
run health "$seconds" "$base/actuator/health"
run visits_basic "$seconds" "$visits_url" "$basic"
run me "$seconds" "$base/api/me" "Bearer $token"
report visits
report visits_basic
report me
report health

ratio=$(awk -v a="$visits_rps" -v b="$health_rps" 'BEGIN { printf "%.2f", a / b }')
met=$(awk -v r="$ratio" -v p="$visits_p99" -v e="$visits_errors" 'BEGIN { print (r >= 0.5 && p < 50 && e == 0) ? "yes" : "no" }')
echo "SUMMARY connections=$connections seconds=$seconds visits_rps=$visits_rps visits_p50_ms=$visits_p50" \
    "visits_p99_ms=$visits_p99 visits_cpu_us=$visits_cpu_us basic_rps=$visits_basic_rps basic_p99_ms=$visits_basic_p99 me_rps=$me_rps" \
    "me_p99_ms=$me_p99 health_rps=$health_rps" \
    "health_p50_ms=$health_p50 health_p99_ms=$health_p99 health_cpu_us=$health_cpu_us ratio=$ratio target_met=$met"
