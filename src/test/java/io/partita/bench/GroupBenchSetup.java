package io.partita.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Builds the benchmark's groups with plain Kafka clients: GROUPS / 10 topics of PARTITIONS partitions holding
 * RECORDS records each, and GROUPS groups, each with a committed offset on every partition of one topic (so each
 * group has PARTITIONS partitions with lag). Idempotent: existing topics and groups are kept.
 */
final class GroupBenchSetup {

    static final int RECORDS_PER_PARTITION = 100;

    private GroupBenchSetup() {
    }

    static String topic(int i) {
        return String.format("gbench-%03d", i);
    }

    static String group(int i) {
        return String.format("gbench-group-%04d", i);
    }

    static void run(String bootstrap, int groups, int partitions) throws Exception {
        int topics = Math.max(1, groups / 10);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap, "request.timeout.ms", 60_000,
                "default.api.timeout.ms", 300_000))) {
            long t0 = System.nanoTime();
            List<String> created = createTopics(admin, topics, partitions);
            produce(bootstrap, created, partitions);
            System.out.printf("setup: %d topics x %d partitions, %d records each (%d new) in %.1f s%n", topics,
                    partitions, RECORDS_PER_PARTITION, created.size(), GroupListBench.seconds(t0));
            t0 = System.nanoTime();
            int committed = commitGroups(admin, groups, topics, partitions);
            System.out.printf("setup: %d groups committed (%d new) in %.1f s%n", groups, committed,
                    GroupListBench.seconds(t0));
        }
    }

    private static List<String> createTopics(Admin admin, int topics, int partitions) throws Exception {
        Set<String> existing = new HashSet<>(admin.listTopics().names().get(2, TimeUnit.MINUTES));
        List<NewTopic> missing = new ArrayList<>();
        for (int i = 0; i < topics; i++) {
            if (!existing.contains(topic(i))) {
                missing.add(new NewTopic(topic(i), partitions, (short) 1));
            }
        }
        if (!missing.isEmpty()) {
            admin.createTopics(missing, new CreateTopicsOptions().timeoutMs(120_000)).all().get(5, TimeUnit.MINUTES);
        }
        return missing.stream().map(NewTopic::name).toList();
    }

    private static void produce(String bootstrap, List<String> topics, int partitions) {
        if (topics.isEmpty()) {
            return;
        }
        byte[] value = new byte[100];
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                "acks", "1", "linger.ms", 20, "batch.size", 262_144), new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (String topic : topics) {
                for (int p = 0; p < partitions; p++) {
                    for (int r = 0; r < RECORDS_PER_PARTITION; r++) {
                        producer.send(new ProducerRecord<>(topic, p, null, value));
                    }
                }
            }
            producer.flush();
        }
    }

    /** Group i commits offset (i mod RECORDS) on every partition of topic i mod topics; 50 commits in flight. */
    private static int commitGroups(Admin admin, int groups, int topics, int partitions) throws Exception {
        Set<String> existing = new HashSet<>();
        admin.listGroups().all().get(2, TimeUnit.MINUTES).forEach(g -> existing.add(g.groupId()));
        List<KafkaFuture<Void>> inFlight = new ArrayList<>();
        int committed = 0;
        for (int i = 0; i < groups; i++) {
            if (existing.contains(group(i))) {
                continue;
            }
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                offsets.put(new TopicPartition(topic(i % topics), p), new OffsetAndMetadata(i % RECORDS_PER_PARTITION));
            }
            inFlight.add(admin.alterConsumerGroupOffsets(group(i), offsets).all());
            committed++;
            if (inFlight.size() == 50) {
                KafkaFuture.allOf(inFlight.toArray(KafkaFuture[]::new)).get(2, TimeUnit.MINUTES);
                inFlight.clear();
            }
        }
        KafkaFuture.allOf(inFlight.toArray(KafkaFuture[]::new)).get(2, TimeUnit.MINUTES);
        return committed;
    }

    static Duration timeout() {
        return Duration.ofSeconds(120);
    }
}
