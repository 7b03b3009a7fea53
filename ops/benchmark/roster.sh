#!/usr/bin/env bash
# Roster solver benchmark: solves generated centers with the product's pipeline and solver
# configuration, checks each roster independently and prints a table, then one SUMMARY line a size
# (with the priority-inversion audit: priority_inversions, home_bed_unassigned, home_bed_inversions) and
# each solve's convergence (its best score at 10, 30, 60, 120 and 300 s).
#   ops/benchmark/roster.sh [--elders N[,N...]] [--under-supplied] [--supply PCT] [--demo yyyy-MM]
#                           [--seconds S | --cpu-seconds S]
# Without --elders: 300/6, 2,000/20, 10,000/100 and an under-supplied 300/6 (capacity 80 % of demand).
# --supply PCT: the generated teams' capacity at PCT % of demand (300 elders without --elders).
# --demo yyyy-MM: the demo center that month with every team cut to 4 visits and 180 minutes a day.
# Without --seconds: 10 s, 60 s and 300 s by size (the targets), 20 s for the demo; --cpu-seconds ends
# on the solving thread's processor time instead, comparable on a loaded machine.
# Heap: CARE_BENCH_HEAP (default 4g).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]]; then
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
fi
source ops/benchmark/build-classpath.sh
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
exec java -Xmx"${CARE_BENCH_HEAP:-4g}" -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
    com.carerounds.benchmark.RosterBenchmark "$@"
