#!/usr/bin/env bash
# Board render benchmark: starts the service (loopback only) on a generated center, solves next month's
# roster, then loads the dispatcher's board in headless Chromium through chromedriver and prints the time
# from navigation to the board drawn and laid out (the page's 'board-rendered' mark), for each load, and
# when the roster's answer was in hand ('roster-read': the rest is the browser's drawing).
#   ops/benchmark/board-render.sh [--elders N] [--teams T] [--loads L] [--solve-seconds S]
# Defaults: 2,000 elders, 20 teams (about 5,400 visits), 5 loads after one warm-up, a 30 s solve.
# Target (issue 14): a 2,000-elder month renders in under 2 s. Needs Debian's chromium and
# chromium-driver, curl and jq. CARE_BENCH_JAR: a built jar instead of building one; CARE_BENCH_PORT:
# the service's port (default 18490); the driver takes the next one.
set -euo pipefail
cd "$(dirname "$0")/../.."

elders=2000
teams=20
loads=5
solve_seconds=30
while [[ $# -gt 0 ]]; do
    case "$1" in
        --elders) elders="$2"; shift 2 ;;
        --teams) teams="$2"; shift 2 ;;
        --loads) loads="$2"; shift 2 ;;
        --solve-seconds) solve_seconds="$2"; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
for tool in curl jq chromedriver /usr/bin/chromium; do
    command -v "$tool" >/dev/null || { echo "board-render.sh needs $tool" >&2; exit 2; }
done

work="$(mktemp -d)"
jar="${CARE_BENCH_JAR:-}"
if [[ -z "$jar" ]]; then
    mvn -q -o package -DskipTests >&2 2>&1 || mvn -q package -DskipTests >&2
    jar=target/carerounds.jar
fi
cp "$jar" "$work/carerounds.jar"
port="${CARE_BENCH_PORT:-18490}"
driver_port=$((port + 1))
base="http://127.0.0.1:$port"
driver="http://127.0.0.1:$driver_port"
service=""
chromedriver_pid=""
session=""
cleanup() {
    if [[ -n "$session" ]]; then curl -s -X DELETE "$driver/session/$session" >/dev/null || true; fi
    if [[ -n "$chromedriver_pid" ]]; then kill "$chromedriver_pid" 2>/dev/null || true; fi
    if [[ -n "$service" ]]; then kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

month=$(date -d "$(date +%Y-%m-01) +1 month" +%Y-%m)
ops/generate-dataset.sh --out "$work/dataset" --elders "$elders" --teams "$teams" --month "$month" >&2

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)," \
    "$(/usr/bin/chromium --version 2>/dev/null | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
CARE_DATA_DIR="$work/data" CARE_SOLVE_LIMIT="${solve_seconds}s" CARE_SOLVE_UNIMPROVED_LIMIT=10s \
    java -Xmx2g -jar "$work/carerounds.jar" --server.address=127.0.0.1 --server.port="$port" \
    --carerounds.demo.location="file:$work/dataset/" >"$work/service.log" 2>&1 &
service=$!

json() { curl -sf -H 'Content-Type: application/json' "$@"; }
for _ in $(seq 600); do
    curl -sf "$base/actuator/health/readiness" >/dev/null 2>&1 && break
    kill -0 "$service" 2>/dev/null || { tail -30 "$work/service.log" >&2; exit 1; }
    sleep 1
done
as_dispatcher=(-u dispatcher:demo-dispatcher)
center=$(json "${as_dispatcher[@]}" "$base/api/me" | jq -r .centerId)
roster=$(json "${as_dispatcher[@]}" -X POST -d "{\"centerId\":$center,\"month\":\"$month\"}" "$base/api/rosters" | jq -r .id)
json "${as_dispatcher[@]}" -X POST "$base/api/rosters/$roster/solve" >/dev/null
for _ in $(seq $((solve_seconds * 10 + 300))); do
    status=$(json "${as_dispatcher[@]}" "$base/api/rosters/$roster/status" | jq -r .rosterStatus)
    [[ "$status" == SOLVED ]] && break
    sleep 1
done
[[ "$status" == SOLVED ]] || { echo "roster ended $status" >&2; exit 1; }
view=$(json "${as_dispatcher[@]}" "$base/api/rosters/$roster")
planned=$(jq '[.routes[].visits | length] | add' <<<"$view")
echo "roster $roster, $month: $(jq '.kpis.visitsRequired' <<<"$view") visits, $planned planned," \
    "$(jq '.kpis.teams | length' <<<"$view") teams, $(jq '.routes | length' <<<"$view") routes," \
    "answer $(wc -c <<<"$view") bytes"
# The roster's answer alone, as the page asks for it (after one warm-up): what of the render is the server's.
curl -sf "${as_dispatcher[@]}" -o /dev/null "$base/api/rosters/$roster"
api_ms=$(curl -sf "${as_dispatcher[@]}" -o /dev/null -w '%{time_total}' "$base/api/rosters/$roster" | awk '{printf "%.0f", $1 * 1000}')

chromedriver --port="$driver_port" >"$work/chromedriver.log" 2>&1 &
chromedriver_pid=$!
for _ in $(seq 50); do curl -sf "$driver/status" >/dev/null 2>&1 && break; sleep 0.2; done
session=$(json -X POST "$driver/session" -d '{"capabilities":{"alwaysMatch":{"browserName":"chrome",
    "goog:chromeOptions":{"binary":"/usr/bin/chromium","args":["--headless=new","--no-sandbox",
    "--disable-dev-shm-usage","--window-size=1400,900","--lang=zh-CN"]}}}}' | jq -r .value.sessionId)
webdriver() { # path, body: one WebDriver command of the session
    json -X POST "$driver/session/$session/$1" -d "$2"
}
run_script() { # script: its return value
    webdriver execute/sync "$(jq -n --arg s "$1" '{script: $s, args: []}')" | jq -r .value
}

webdriver url "{\"url\":\"$base/sign-in\"}" >/dev/null
run_script "document.getElementById('username').value = 'dispatcher';
    document.getElementById('password').value = 'demo-dispatcher';
    document.getElementById('sign-in-form').submit(); return true" >/dev/null
sleep 2

times=()
reads=()
draws=()
for load in $(seq 0 "$loads"); do
    webdriver url "{\"url\":\"$base/dispatcher/?month=$month\"}" >/dev/null
    rendered=null
    for _ in $(seq 1200); do
        rendered=$(run_script "const m = performance.getEntriesByName('board-rendered')[0]; return m ? Math.round(m.startTime) : null")
        [[ "$rendered" != null ]] && break
        sleep 0.1
    done
    [[ "$rendered" != null ]] || { echo "the board did not render" >&2; exit 1; }
    read=$(run_script "return Math.round(performance.getEntriesByName('roster-read')[0].startTime)")
    # The roster's request as the browser timed it: waiting for the server's first byte, then the transfer.
    split=$(run_script "const mark = name => performance.getEntriesByName(name)[0]?.startTime;
        const r = performance.getEntriesByType('resource').find(e => /\\/api\\/rosters\\/\\d+$/.test(e.name));
        return r ? 'asked at ' + Math.round(r.requestStart) + ' ms, server ' + Math.round(r.responseStart - r.requestStart) + ' ms, transfer ' + Math.round(r.responseEnd - r.responseStart)
          + ' ms, drawing ' + Math.round(performance.getEntriesByName('board-rendered')[0].startTime - r.responseEnd) + ' ms'
          + (mark('board-built') ? ' (reading ' + Math.round(mark('roster-read') - r.responseEnd) + ' ms, building '
             + Math.round(mark('board-built') - mark('roster-read')) + ' ms, layout and paint '
             + Math.round(mark('board-rendered') - mark('board-built')) + ' ms)' : '') : 'no timing'")
    stops=$(run_script "return document.querySelectorAll('#board button.stop').length")
    [[ "$stops" == "$planned" ]] || { echo "the board shows $stops stops, the roster has $planned" >&2; exit 1; }
    if [[ "$load" -eq 0 ]]; then
        echo "warm-up load: ${rendered} ms"
    else
        echo "load $load: ${rendered} ms to render $stops stops (the roster's answer in hand at ${read} ms; $split)"
        times+=("$rendered")
        draws+=("$(sed -E 's/.*drawing ([0-9]+) ms.*/\1/' <<<"$split")")
        reads+=("$read")
    fi
done

median_of() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(median_of "${times[@]}")
worst=$(tail -1 <<<"$sorted")
met=$(awk -v w="$worst" 'BEGIN { print (w < 2000) ? "yes" : "no" }')
echo "SUMMARY elders=$elders teams=$teams visits=$planned loads=$loads median_ms=$median worst_ms=$worst" \
    "best_ms=$(head -1 <<<"$sorted") median_read_ms=$(median_of "${reads[@]}") median_drawing_ms=$(median_of "${draws[@]}") roster_api_ms=$api_ms target_met=$met"
