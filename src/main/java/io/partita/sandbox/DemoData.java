package io.partita.sandbox;

import io.partita.schema.SchemaRegistryClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Loads the demo topics into a fresh sandbox: {@code demo.orders} (6 partitions, Avro via the registry),
 * {@code demo.events} (JSON), {@code demo.text} (strings with keys and headers) and the consumer group
 * {@code demo.consumers} with committed offsets on part of {@code demo.orders}.
 * <p>
 * Idempotent-ish: topics that exist are kept, a topic that already holds records gets no more, and a group
 * that already committed is left alone, so loading into a sandbox that kept its data changes nothing.
 * Synchronous; the whole load is bounded by its timeout.
 */
public final class DemoData {

    public static final String GROUP = "demo.consumers";
    /** Partitions of demo.orders with a committed offset; the last partition is left without one. */
    static final int COMMITTED_PARTITIONS = 5;

    private static final long SEED = 20_240_601L;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private DemoData() {
    }

    /**
     * @param registry null when the sandbox runs without a registry (then demo.orders and the group are skipped)
     * @throws IllegalStateException naming the step that failed and why (or that the timeout ran out)
     * @throws io.partita.schema.RegistryException when the registry cannot register the order schema
     */
    public static void load(String bootstrapServers, SchemaRegistryClient registry, Duration timeout) {
        Deadline deadline = new Deadline("demo data for " + bootstrapServers, timeout);
        Admin admin = Admin.create(adminConfig(bootstrapServers, timeout));
        try {
            DemoTopics topics = new DemoTopics(admin, deadline);
            topics.create(newTopics(registry != null));
            produce(bootstrapServers, missingRecords(topics, registry, Instant.now()), deadline);
            if (registry != null) {
                commitHalf(admin, topics, deadline);
            }
        } finally {
            admin.close(CLOSE_TIMEOUT);
        }
    }

    private static List<NewTopic> newTopics(boolean withOrders) {
        List<NewTopic> topics = new ArrayList<>();
        if (withOrders) {
            topics.add(new NewTopic(DemoOrders.TOPIC, 6, (short) 1));
        }
        topics.add(new NewTopic(DemoMessages.EVENTS_TOPIC, 3, (short) 1));
        topics.add(new NewTopic(DemoMessages.TEXT_TOPIC, 2, (short) 1));
        return topics;
    }

    /** The records of every demo topic that is still empty: a topic that holds data is never topped up. */
    private static List<DemoRecord> missingRecords(DemoTopics topics, SchemaRegistryClient registry, Instant now) {
        List<DemoRecord> records = new ArrayList<>();
        if (registry != null && topics.isEmpty(DemoOrders.TOPIC)) {
            int schemaId = registry.register(DemoOrders.SUBJECT, DemoOrders.schemaText(), "AVRO");
            records.addAll(DemoOrders.generate(schemaId, now, SEED));
        }
        if (topics.isEmpty(DemoMessages.EVENTS_TOPIC)) {
            records.addAll(DemoMessages.events(now, SEED + 1));
        }
        if (topics.isEmpty(DemoMessages.TEXT_TOPIC)) {
            records.addAll(DemoMessages.textLines(now, SEED + 2));
        }
        return records;
    }

    /**
     * Commits half of each partition's end offset on all but the last partition, so the group shows lag and
     * one partition without a committed offset (where lag is absent, not zero).
     */
    private static void commitHalf(Admin admin, DemoTopics topics, Deadline deadline) {
        Map<TopicPartition, OffsetAndMetadata> committed = deadline.await(
                admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata(), "read the offsets of " + GROUP);
        if (!committed.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        topics.endOffsets(DemoOrders.TOPIC).forEach((partition, end) -> {
            if (partition.partition() < COMMITTED_PARTITIONS) {
                offsets.put(partition, new OffsetAndMetadata(end / 2));
            }
        });
        deadline.await(admin.alterConsumerGroupOffsets(GROUP, offsets).all(), "commit offsets for " + GROUP);
    }

    private static void produce(String bootstrapServers, List<DemoRecord> records, Deadline deadline) {
        if (records.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>(records.size());
        Producer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(bootstrapServers, deadline),
                new ByteArraySerializer(), new ByteArraySerializer());
        try {
            for (DemoRecord record : records) {
                sends.add(producer.send(toProducerRecord(record)));
            }
            producer.flush();
            for (int i = 0; i < sends.size(); i++) {
                deadline.await(sends.get(i), "write a record to " + records.get(i).topic());
            }
        } finally {
            producer.close(CLOSE_TIMEOUT);
        }
    }

    private static ProducerRecord<byte[], byte[]> toProducerRecord(DemoRecord record) {
        ProducerRecord<byte[], byte[]> kafkaRecord = new ProducerRecord<>(record.topic(), null, record.timestamp(),
                record.key().getBytes(StandardCharsets.UTF_8), record.value());
        record.headers().forEach((name, value) -> kafkaRecord.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return kafkaRecord;
    }

    private static Map<String, Object> adminConfig(String bootstrapServers, Duration timeout) {
        int ms = (int) Math.max(1000, timeout.toMillis());
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", bootstrapServers);
        config.put("client.id", "partita-demo-data");
        config.put("request.timeout.ms", ms);
        config.put("default.api.timeout.ms", ms);
        return config;
    }

    private static Map<String, Object> producerConfig(String bootstrapServers, Deadline deadline) {
        int remaining = (int) Math.max(2000, deadline.remaining().toMillis());
        int linger = 5;
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", bootstrapServers);
        config.put("client.id", "partita-demo-data");
        config.put("acks", "all");
        config.put("linger.ms", linger);
        // The producer insists on delivery >= linger + request timeout; both stay inside the load's deadline.
        config.put("request.timeout.ms", remaining / 2);
        config.put("delivery.timeout.ms", remaining / 2 + linger);
        config.put("max.block.ms", remaining);
        return config;
    }
}
