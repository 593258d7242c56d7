package io.partita.kafka;

import io.partita.model.ClusterProfile;
import io.partita.model.NewTopic;
import io.partita.model.OutgoingRecord;
import io.partita.model.RecordSource;
import io.partita.model.SendResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Topics, record sources, a result collector and a plain consumer for the producer tests. */
final class ProduceFixtures {

    static final Duration T = Duration.ofSeconds(20);

    private ProduceFixtures() {
    }

    static String uniqueTopic(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String createTopic(ClusterSession session, String prefix, int partitions, int rf, Map<String, String> configs) {
        String topic = uniqueTopic(prefix);
        session.topicMutations().create(new NewTopic(topic, partitions, (short) rf, configs), T);
        return topic;
    }

    static ClusterProfile withProperties(ClusterProfile p, Map<String, String> props) {
        Map<String, String> merged = new HashMap<>(p.clientProperties());
        merged.putAll(props);
        return new ClusterProfile(p.name(), p.bootstrapServers(), p.security(), merged, p.registry(), p.readOnly(),
                p.color());
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code count} records with key "i" and the value the function gives. */
    static RecordSource source(String topic, long count, LongFunction<byte[]> value) {
        return new RecordSource() {
            @Override
            public String topic() {
                return topic;
            }

            @Override
            public long count() {
                return count;
            }

            @Override
            public OutgoingRecord record(long index) {
                return new OutgoingRecord(topic, null, utf8(Long.toString(index)), value.apply(index), List.of());
            }
        };
    }

    /** Collects results; fails the test later if any index is reported twice. */
    static final class Collector implements java.util.function.Consumer<SendResult> {
        final Map<Long, SendResult> results = new ConcurrentHashMap<>();
        final AtomicInteger duplicates = new AtomicInteger();

        @Override
        public void accept(SendResult r) {
            if (results.putIfAbsent(r.index(), r) != null) {
                duplicates.incrementAndGet();
            }
        }

        List<SendResult.Delivered> delivered() {
            return results.values().stream().filter(SendResult.Delivered.class::isInstance)
                    .map(SendResult.Delivered.class::cast).toList();
        }

        List<SendResult.Failed> failed() {
            return results.values().stream().filter(SendResult.Failed.class::isInstance)
                    .map(SendResult.Failed.class::cast).toList();
        }
    }

    /** Every record of the topic, read from the beginning up to the end offsets seen at the start. */
    static List<ConsumerRecord<byte[], byte[]>> readAll(String bootstrap, String topic) {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap, "enable.auto.commit", false,
                "request.timeout.ms", 10_000, "default.api.timeout.ms", 30_000, "max.poll.records", 5000);
        List<ConsumerRecord<byte[], byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic, T)) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, T);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, T) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end in time");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
        }
        return seen;
    }

    static void await(String what, BooleanSupplier condition, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(100);
        }
    }
}
