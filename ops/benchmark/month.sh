#!/usr/bin/env bash
# Month simulation: lives through a generated center's month day by day on the product's own services
# (solve and publish, then each morning's events with their quick re-plans, each evening's outcomes) and
# prints one SUMMARY line with quota coverage, moves per sick-day event, re-plan times and moved visits.
#   ops/benchmark/month.sh [--elders N] [--seed S] [--solve-steps N] [--nightly]
# Defaults: 2,000 elders (20 teams), seed 42, the first plan after 20,000 local-search steps (not a time
# limit, so that a busy machine plans the same month); --nightly adds a full re-plan each evening, timed
# apart from the re-plans of the SUMMARY. Heap: CARE_BENCH_HEAP (default 4g).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]]; then
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
fi
source ops/benchmark/build-classpath.sh
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
exec java -Xmx"${CARE_BENCH_HEAP:-4g}" -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
    com.carerounds.benchmark.MonthBenchmark "$@"
