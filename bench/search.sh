#!/bin/bash
# Search benchmark (issue 5): 1M Avro records, a nested-field filter end to end vs kcat's raw dump, FX stall while
# matches stream into the view. Needs: apt-get install -y kcat xvfb xauth libgtk-3-0. BENCH_OPTS: extra driver
# JVM options (as in messages.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
source bench/jvm.sh
xvfb-run -a -s "-screen 0 1600x1000x24" "$java" "${app_opts[@]}" -Xmx1g ${BENCH_OPTS:-} -Dpartita.sandbox.home="$PWD/target/sandbox" \
  -cp "$bench_cp" io.partita.bench.SearchBench "${1:-1000000}"
