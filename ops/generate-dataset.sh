#!/usr/bin/env bash
# Writes a generated dataset in the data/README.md format. Same arguments, same files.
#   ops/generate-dataset.sh --out DIR [--elders N] [--teams T] [--centers C] [--seed S] [--month yyyy-MM] [--supply F]
# --supply is capacity over demand (1.25 by default: demand is about 80 % of capacity; 0.8 under-supplies).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -eq 0 || "$1" == "--help" || "$1" == "-h" ]]; then
    sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
fi
source ops/benchmark/build-classpath.sh
exec java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
    com.carerounds.dataset.generator.DatasetGenerator "$@"
