#!/bin/bash
# Search benchmark (issue 5): 1M Avro records, a nested-field filter end to end vs kcat's raw dump, FX stall while
# matches stream into the view. Needs: apt-get install -y kcat xvfb xauth libgtk-3-0. BENCH_OPTS: extra driver
# JVM options (as in messages.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
# The packaged app's JIT and heap settings (packaging/jpackage.args) and its runtime's thread priorities
# (packaging/jlink.args), so the figures are the app's.
mapfile -t app_opts < <(sed -n 's/^--java-options "\(-XX:[^"]*\)"$/\1/p' packaging/jpackage.args;
                        sed -n 's/^--add-options "\(.*\)"$/\1/p' packaging/jlink.args | tr ' ' '\n')
xvfb-run -a -s "-screen 0 1600x1000x24" java "${app_opts[@]}" -Xmx1g ${BENCH_OPTS:-} -Dpartita.sandbox.home="$PWD/target/sandbox" \
  -cp "target/test-classes:target/classes:$(cat target/bench-cp.txt)" io.partita.bench.SearchBench "${1:-1000000}"
