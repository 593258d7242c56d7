#!/usr/bin/env bash
# Bulk produce throughput: Partita's `produce --count` against Kafka's own ProducerPerformance (kafka-tools),
# same broker, same topic layout, same acks, record size and batching, alternating runs.
#
#   bench/produce/run.sh BOOTSTRAP [RECORDS] [SIZE] [ACKS] [ROUNDS]
#
# Needs: mvn -q compile; mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt (in the repo root);
# the sandbox jars in target/sandbox/kafka (any mvn build makes them);
# mvn dependency:get -Dartifact=org.apache.kafka:kafka-tools:4.3.1 -Dtransitive=false (ProducerPerformance).
set -euo pipefail
cd "$(dirname "$0")/../.."
BOOT=${1:?bootstrap host:port}
N=${2:-1000000}
SIZE=${3:-200}
ACKS=${4:-1}
ROUNDS=${5:-2}
IDEMPOTENCE=$([ "$ACKS" = "all" ] && echo true || echo false)
APP_CP="target/classes:$(cat cp.txt)"
TOOLS_CP="$HOME/.m2/repository/org/apache/kafka/kafka-tools/4.3.1/kafka-tools-4.3.1.jar:target/sandbox/kafka/*"
VALUE=$(head -c "$SIZE" /dev/zero | tr '\0' 'x')
OUT=$(mktemp -d)

topic() {
    java -cp "$TOOLS_CP" org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOT" --create \
        --topic "$1" --partitions 6 --replication-factor 1 >/dev/null
}

for round in $(seq 1 "$ROUNDS"); do
    t="bench-partita-$round-$$"
    topic "$t"
    # Text mode: one line per record to a file, then the summary line with the send's own duration.
    java -cp "$APP_CP" io.partita.Launcher produce "$t" --bootstrap "$BOOT" --value "$VALUE" --count "$N" \
        --acks "$ACKS" > "$OUT/partita.txt"
    echo "partita   round $round: $(tail -1 "$OUT/partita.txt")"
    start=$(date +%s.%N)
    java -cp "$APP_CP" io.partita.Launcher produce "$t" --bootstrap "$BOOT" --value "$VALUE" --count "$N" \
        --acks "$ACKS" --json > /dev/null
    echo "partita   round $round: --json to /dev/null, wall time incl. JVM start $(echo "$(date +%s.%N) - $start" | bc) s"

    java -cp "$APP_CP" bench/produce/SenderBench.java "$BOOT" "$N" "$SIZE" "$ACKS" 2>/dev/null | sed "s/^/partita   round $round: /"

    t="bench-kafka-$round-$$"
    topic "$t"
    java -cp "$TOOLS_CP" org.apache.kafka.tools.ProducerPerformance --topic "$t" --num-records "$N" \
        --record-size "$SIZE" --throughput -1 --producer-props bootstrap.servers="$BOOT" acks="$ACKS" \
        linger.ms=5 batch.size=16384 enable.idempotence="$IDEMPOTENCE" > "$OUT/perf.txt" 2>/dev/null
    echo "perf-test round $round: $(tail -1 "$OUT/perf.txt")"
done
rm -rf "$OUT"
