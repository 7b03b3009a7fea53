#!/usr/bin/env bash
# Starts CareRounds from its executable jar with the JVM flags we support.
# Used by operators directly, by ops/carerounds.service and as the container entrypoint,
# so the heap, OOM and encoding settings live in one place.
#
#   carerounds.sh [--env FILE | --no-env-file] [--] [application arguments...]
#
# Environment (all optional):
#   CARE_HEAP       maximum Java heap, e.g. 2g or 4096m (default 2g)
#   CARE_JAVA_OPTS  further JVM flags, split on spaces
#   CARE_JAR        the jar (default: carerounds.jar beside this script, else ../target/carerounds.jar)
#   JAVA_HOME       the Java 17+ installation to use (default: java on PATH)
# Everything else (SERVER_PORT, SPRING_PROFILES_ACTIVE, CARE_DB_URL, ...) is read by the application.
set -euo pipefail

readonly DEFAULT_ENV_FILE=/etc/carerounds/carerounds.env
readonly MIN_JAVA=17

die() {
    printf 'carerounds: %s\n' "$*" >&2
    exit 1
}

usage() {
    cat <<EOF
Usage: ${0##*/} [--env FILE | --no-env-file] [--] [application arguments...]

Runs the CareRounds jar. Reads KEY=value settings from FILE, or from
$DEFAULT_ENV_FILE when that exists. Variables already set in the
environment win over the file, so 'CARE_HEAP=4g ${0##*/}' works as expected.
Arguments after the options go to the application, e.g. --server.port=9090.
EOF
}

# Reads a systemd-style environment file (KEY=value lines, # comments, optional
# surrounding quotes) without executing it: the same file feeds systemd's
# EnvironmentFile=, which does not run shell code either.
load_env_file() {
    local file=$1 line key value n=0
    [[ -r $file ]] || die "cannot read environment file $file (another file: --env FILE; none: --no-env-file)"
    while IFS= read -r line || [[ -n $line ]]; do
        n=$((n + 1))
        line=${line%$'\r'}
        # Trim leading and trailing blanks.
        line=${line#"${line%%[![:space:]]*}"}
        line=${line%"${line##*[![:space:]]}"}
        [[ -z $line || $line == \#* || $line == \;* ]] && continue
        line=${line#export }
        [[ $line =~ ^([A-Za-z_][A-Za-z0-9_]*)[[:space:]]*=[[:space:]]*(.*)$ ]] \
            || die "$file:$n: expected KEY=value"
        key=${BASH_REMATCH[1]}
        value=${BASH_REMATCH[2]}
        if [[ $value =~ ^\"(.*)\"$ || $value =~ ^\'(.*)\'$ ]]; then
            value=${BASH_REMATCH[1]}
        fi
        if [[ -z ${!key+set} ]]; then
            export "$key=$value"
        fi
    done <"$file"
}

env_file=""
env_mode=default
while [[ $# -gt 0 ]]; do
    case $1 in
        --env)
            [[ $# -ge 2 ]] || die "--env needs a file name"
            env_file=$2
            env_mode=explicit
            shift 2
            ;;
        --env=*)
            env_file=${1#--env=}
            env_mode=explicit
            shift
            ;;
        --no-env-file)
            # systemd has already loaded EnvironmentFile=; the service user need not read it.
            env_mode=none
            shift
            ;;
        -h | --help)
            usage
            exit 0
            ;;
        --)
            shift
            break
            ;;
        *)
            break
            ;;
    esac
done

case $env_mode in
    explicit) load_env_file "$env_file" ;;
    default) if [[ -e $DEFAULT_ENV_FILE ]]; then load_env_file "$DEFAULT_ENV_FILE"; fi ;;
    none) ;;
esac

# Java: refuse early with a plain message instead of an UnsupportedClassVersionError.
if [[ -n ${JAVA_HOME:-} ]]; then
    java=$JAVA_HOME/bin/java
    [[ -x $java ]] || die "JAVA_HOME is $JAVA_HOME but $java is not an executable; install Java $MIN_JAVA or later or fix JAVA_HOME"
else
    java=$(command -v java || true)
    [[ -n $java ]] || die "java not found on PATH; install Java $MIN_JAVA or later (e.g. a Temurin or OpenJDK $MIN_JAVA JRE) or set JAVA_HOME"
fi
version_line=$("$java" -version 2>&1 | grep -m1 -E 'version "' || true)
[[ $version_line =~ version\ \"([0-9]+)(\.([0-9]+))? ]] || die "cannot tell the version of $java (it printed: ${version_line:-nothing})"
java_major=${BASH_REMATCH[1]}
# Java 8 and older report themselves as 1.x.
if [[ $java_major == 1 ]]; then
    java_major=${BASH_REMATCH[3]:-0}
fi
if ((java_major < MIN_JAVA)); then
    die "$java is Java $java_major; CareRounds needs Java $MIN_JAVA or later"
fi

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [[ -z ${CARE_JAR:-} ]]; then
    if [[ -f $script_dir/carerounds.jar ]]; then
        CARE_JAR=$script_dir/carerounds.jar
    else
        # Running from a source checkout after 'mvn package'.
        CARE_JAR=$script_dir/../target/carerounds.jar
    fi
fi
[[ -f $CARE_JAR ]] || die "jar not found: $CARE_JAR (build it with 'mvn -B package -DskipTests' or set CARE_JAR)"

heap=${CARE_HEAP:-2g}
[[ $heap =~ ^[0-9]+[kKmMgG]?$ ]] || die "CARE_HEAP must look like 2g or 4096m, not '$heap'"

extra_opts=()
if [[ -n ${CARE_JAVA_OPTS:-} ]]; then
    read -r -a extra_opts <<<"$CARE_JAVA_OPTS"
fi

jvm_opts=(
    "-Xmx$heap"
    # A JVM that ran out of heap is in an unknown state; exit and let systemd or Docker restart it.
    -XX:+ExitOnOutOfMemoryError
    # The JVM picks SerialGC on small machines; G1 keeps pauses short while the solver runs.
    -XX:+UseG1GC
    # Java 17 still defaults to the locale's charset, which is ASCII under systemd; our data is Chinese.
    -Dfile.encoding=UTF-8
)

printf 'carerounds: starting %s with %s (Java %s, heap %s)\n' "$CARE_JAR" "$java" "$java_major" "$heap" >&2
# The ${a[@]+...} form keeps bash before 4.4 from calling an empty array unbound.
exec "$java" "${jvm_opts[@]}" ${extra_opts[@]+"${extra_opts[@]}"} -jar "$CARE_JAR" "$@"
