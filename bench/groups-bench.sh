#!/usr/bin/env bash
# Consumer groups benchmark: the groups list with lag (service and real tab, headless JavaFX), the CPU cost of
# sampling 100 groups every 2 s, and the live chart's draw time / UI-thread stalls, on the 3-broker sandbox.
#   bench/groups-bench.sh [GROUPS] [PARTITIONS] [ROUNDS] [SAMPLE_SECONDS] [BOOTSTRAP]
# Defaults: 1000 groups x 10 partitions (100 topics x 10 partitions, RF 1), 3 rounds, 60 s of sampling,
# a fresh 3-broker sandbox (1 controller + 3 brokers). Results and method: bench/RESULTS-groups.md.
# BENCH_OPTS=-Dbench.parts=service,tab,sampling,draw,live runs only the parts named.
set -euo pipefail
# NGROUPS, not GROUPS: bash reserves GROUPS (the user's group ids) and ignores assignments to it.
cd "$(dirname "$0")/.."
NGROUPS=${1:-1000}
PARTITIONS=${2:-10}
ROUNDS=${3:-3}
SECONDS_SAMPLING=${4:-60}
BOOTSTRAP=${5:-}

mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null

HEADLESS="-Dtestfx.headless=true -Dprism.order=sw -Dprism.text=t2k -Dglass.platform=Monocle -Dmonocle.platform=Headless -Djava.awt.headless=true -Djavafx.cachedir=target/javafx-cache"
exec java -Xmx1g $HEADLESS ${BENCH_OPTS:-} -Dpartita.sandbox.home=target/sandbox \
    -cp "target/test-classes:target/classes:$(cat target/bench-cp.txt)" \
    io.partita.bench.GroupListBench "$NGROUPS" "$PARTITIONS" "$ROUNDS" "$SECONDS_SAMPLING" $BOOTSTRAP
