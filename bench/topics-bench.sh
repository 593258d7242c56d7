#!/usr/bin/env bash
# Topics-list benchmark: the real Topics tab (headless JavaFX) against the 3-broker sandbox.
#   bench/topics-bench.sh [TOPICS] [PARTITIONS] [ROUNDS] [BOOTSTRAP]
# Defaults: 5000 topics x 4 partitions, 3 rounds, a fresh 3-broker sandbox (1 controller + 3 brokers, RF 1).
# A 3-broker cluster on purpose: one broker with 20,000 partitions runs out of open files here (20,000 cap).
set -euo pipefail
cd "$(dirname "$0")/.."
TOPICS=${1:-5000}
PARTITIONS=${2:-4}
ROUNDS=${3:-3}
BOOTSTRAP=${4:-}

mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null

HEADLESS="-Dheadless.geometry=1600x1000-32 -Dtestfx.headless=true -Dprism.order=sw -Dprism.text=t2k -Dglass.platform=Monocle -Dmonocle.platform=Headless -Djava.awt.headless=true -Djavafx.cachedir=target/javafx-cache"
exec java -Xmx1g ${JAVA_OPTS:-} $HEADLESS -Dpartita.sandbox.home=target/sandbox \
    -cp "target/test-classes:target/classes:$(cat target/bench-cp.txt)" \
    io.partita.bench.TopicListBench "$TOPICS" "$PARTITIONS" "$ROUNDS" $BOOTSTRAP
