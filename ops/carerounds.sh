#!/usr/bin/env bash
# Runs the CareRounds jar with production JVM settings.
#   ops/carerounds.sh [--env FILE] [--jar FILE]
# Reads an environment file (default /etc/carerounds/carerounds.env when it exists);
# CARE_HEAP sets the maximum heap (default 2g; plan 4g for a 10,000-elder district).
set -euo pipefail

env_file=/etc/carerounds/carerounds.env
jar="$(dirname "$0")/../target/carerounds.jar"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --env) env_file="$2"; shift 2 ;;
        --jar) jar="$2"; shift 2 ;;
        -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [[ -f "$env_file" ]]; then
    set -a
    # shellcheck source=/dev/null
    . "$env_file"
    set +a
fi

if ! command -v java >/dev/null 2>&1; then
    echo "CareRounds needs Java 17 or later, and no java is on the PATH" >&2
    exit 1
fi
version=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
if [[ "${version%%.*}" -lt 17 ]]; then
    echo "CareRounds needs Java 17 or later, found $version" >&2
    exit 1
fi
if [[ ! -f "$jar" ]]; then
    echo "no jar at $jar: build it with 'mvn -B package -DskipTests' or pass --jar" >&2
    exit 1
fi

# Exit on OutOfMemoryError so systemd or the container restarts a clean process.
exec java -Xmx"${CARE_HEAP:-2g}" -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8 -jar "$jar"
