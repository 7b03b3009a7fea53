#!/usr/bin/env bash
# Literature benchmark: Solomon VRPTW and Cordeau PVRP instances solved by the product's solver (or by
# OR-Tools as the peer), each result checked independently of the solver. One CSV row per instance,
# then one SUMMARY line per instance set. Best-known values come from a bks.csv beside the files.
# A solve that throws gives a row with feasible=error and the exception's first line; the run goes on.
#   ops/benchmark/literature.sh [--seconds N] [--solver carerounds|ortools] FILE...
# Default: 60 s per instance, our solver. Heap: CARE_BENCH_HEAP (default 4g).
# Example: ops/benchmark/literature.sh --seconds 60 ../shared/benchmarks/vrptw/solomon/*.txt
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ "${1:-}" == "--help" || "${1:-}" == "-h" ]]; then
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
fi
source ops/benchmark/build-classpath.sh
echo "# machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
exec java -Xmx"${CARE_BENCH_HEAP:-4g}" -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
    com.carerounds.benchmark.literature.LiteratureBenchmark "$@"
