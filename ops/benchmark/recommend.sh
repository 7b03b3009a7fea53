#!/usr/bin/env bash
# Recommendation benchmark: solves a generated center's month (default 2,000 elders, 20 teams), then
# asks for the best places of one new visit for elders drawn at random, through the service the API
# calls (the roster read from the database included), over the rest of the month and over one week.
# Prints the times and one SUMMARY line.
#   ops/benchmark/recommend.sh [--elders N] [--requests R] [--solve-seconds S]
# Target (issue 16, point 7): under 1 s for a 2,000-elder center. Heap: CARE_BENCH_HEAP (default 2g).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]]; then
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
fi
source ops/benchmark/build-classpath.sh
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
exec java -Xmx"${CARE_BENCH_HEAP:-2g}" -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
    com.carerounds.benchmark.RecommendationBenchmark "$@"
