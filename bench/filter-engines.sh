#!/bin/bash
# Filter engines (issue 5): Google's CEL (cel-java, test scope) against our RecordFilter on the same 2,000 decoded
# demo orders, one thread, no Kafka. Prints ns per record per pass, match agreement, syntax error positions, and
# the size of the jars CEL would add to the app. Args: evaluations per pass (1000000), engines (see the class).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
echo "load before: $(uptime)"
java -XX:+UseSerialGC -Xms512m -Xmx512m \
  -cp "target/test-classes:target/classes:$(cat target/bench-cp.txt)" \
  io.partita.schema.FilterEngineBench "${1:-1000000}" ${2:+"$2"}
echo "load after: $(uptime)"
# CEL's own dependency tree (mvn dependency:tree): none of these jars is on the app's runtime classpath today.
echo "jars CEL adds:"
tr ':' '\n' < target/bench-cp.txt \
  | grep -E '/(dev/cel|com/google|org/antlr|org/threeten|org/jspecify|org/yaml)/' \
  | while read -r jar; do printf '%10d %s\n' "$(stat -c %s "$jar")" "$(basename "$jar")"; done \
  | sort -rn \
  | awk '{ print; total += $1; n++ } END { printf "%10d bytes in %d jars (%.1f MB)\n", total, n, total / 1e6 }'
