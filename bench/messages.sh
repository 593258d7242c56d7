#!/bin/bash
# Message browser benchmark (issue 4): 1M Avro records, kcat vs the app's reader+decoder, FX stall while streaming.
# Needs: apt-get install -y kcat xvfb xauth libgtk-3-0. Prints the figures recorded in bench/RESULTS-messages.md.
# BENCH_OPTS: extra JVM options for the driver, e.g. "-Dbench.rounds=1 -Dbench.trace=stacks" (see ViewStream).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
# The packaged app's JIT and heap settings (packaging/jpackage.args) and its runtime's thread priorities
# (packaging/jlink.args), so the figures are the app's.
mapfile -t app_opts < <(sed -n 's/^--java-options "\(-XX:[^"]*\)"$/\1/p' packaging/jpackage.args;
                        sed -n 's/^--add-options "\(.*\)"$/\1/p' packaging/jlink.args | tr ' ' '\n')
xvfb-run -a -s "-screen 0 1600x1000x24" java "${app_opts[@]}" -Xmx2g ${BENCH_OPTS:-} -Dpartita.sandbox.home="$PWD/target/sandbox" \
  -cp "target/test-classes:target/classes:$(cat target/bench-cp.txt)" io.partita.bench.MessagesBench "${1:-1000000}"
