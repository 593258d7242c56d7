package io.partita.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sets up groups with known offsets on the shared sandbox using plain Kafka clients (not the code under test):
 * unique topics and groups, records written per partition, offsets committed through the admin API, and real
 * consumers for "active member" cases. Every call is bounded.
 */
public final class GroupFixtures implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrap;
    private final Admin admin;

    public GroupFixtures(String bootstrap) {
        this.bootstrap = bootstrap;
        this.admin = Admin.create(Map.of("bootstrap.servers", bootstrap, "request.timeout.ms", 15_000,
                "default.api.timeout.ms", 30_000));
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new topic with {@code counts[p]} records in partition p. */
    public String topic(int... counts) throws Exception {
        String topic = unique("gt");
        admin.createTopics(List.of(new NewTopic(topic, counts.length, (short) 1))).all()
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        for (int p = 0; p < counts.length; p++) {
            produce(topic, p, counts[p], 0L);
        }
        return topic;
    }

    /** Writes {@code count} records to one partition; timestamps start at {@code firstTimestamp} (0 = now). */
    public void produce(String topic, int partition, int count, long firstTimestamp) throws Exception {
        if (count == 0) {
            return;
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                "acks", "all", "linger.ms", 5), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                Long ts = firstTimestamp == 0 ? null : firstTimestamp + i * 1000L;
                producer.send(new ProducerRecord<>(topic, partition, ts, "k" + i, "v" + i));
            }
            producer.flush();
        }
    }

    /** Commits {@code offsets[p]} for partition p; a negative value leaves partition p without a commit. */
    public void commit(String group, String topic, long... offsets) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
        for (int p = 0; p < offsets.length; p++) {
            if (offsets[p] >= 0) {
                commits.put(new TopicPartition(topic, p), new OffsetAndMetadata(offsets[p]));
            }
        }
        admin.alterConsumerGroupOffsets(group, commits).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    public Map<TopicPartition, Long> committed(String group) throws Exception {
        Map<TopicPartition, Long> result = new HashMap<>();
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .forEach((tp, om) -> {
                    if (om != null) {
                        result.put(tp, om.offset());
                    }
                });
        return result;
    }

    /** A consumer in {@code group} subscribed to {@code topic}, polled until it has its assignment. */
    public KafkaConsumer<String, String> activeMember(String group, String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "group.id", group, "enable.auto.commit", false, "auto.offset.reset", "earliest",
                "client.id", "fixture-" + group), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        long end = System.nanoTime() + TIMEOUT.toNanos();
        while (consumer.assignment().isEmpty() && System.nanoTime() < end) {
            consumer.poll(Duration.ofMillis(200));
        }
        if (consumer.assignment().isEmpty()) {
            consumer.close(Duration.ofSeconds(5));
            throw new IllegalStateException("the fixture consumer got no assignment in " + TIMEOUT);
        }
        return consumer;
    }

    Admin admin() {
        return admin;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
