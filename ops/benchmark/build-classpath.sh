# Sourced by the benchmark scripts from the project root: compiles main and test code and writes the
# test classpath to target/bench.classpath. Offline first, online if that fails. Build output goes to
# standard error, so a script's standard output holds only its results.
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
    -Dmdep.includeScope=test >/dev/null 2>&1 \
  || mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
