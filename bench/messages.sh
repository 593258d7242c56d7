#!/bin/bash
# Message browser benchmark (issue 4): 1M Avro records, kcat vs the app's reader+decoder, FX stall while streaming.
# Needs: apt-get install -y kcat xvfb xauth libgtk-3-0. Prints the figures recorded in bench/RESULTS-messages.md.
# BENCH_OPTS: extra JVM options for the driver, e.g. "-Dbench.rounds=1 -Dbench.trace=stacks" (see ViewStream).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
source bench/jvm.sh
xvfb-run -a -s "-screen 0 1600x1000x24" "$java" "${app_opts[@]}" -Xmx2g ${BENCH_OPTS:-} -Dpartita.sandbox.home="$PWD/target/sandbox" \
  -cp "$bench_cp" io.partita.bench.MessagesBench "${1:-1000000}"
