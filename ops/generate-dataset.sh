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
if [[ ! -d target/classes/com/carerounds/dataset/generator ]]; then
    mvn -q -o compile 2>/dev/null || mvn -q compile
fi
exec java -cp target/classes com.carerounds.dataset.generator.DatasetGenerator "$@"
