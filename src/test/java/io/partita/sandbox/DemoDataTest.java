package io.partita.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.model.Credentials;
import io.partita.model.RegistryConfig;
import io.partita.schema.AvroSchemas;
import io.partita.schema.HttpSchemaRegistryClient;
import io.partita.schema.SchemaRegistryClient;
import io.partita.schema.WireFormat;
import io.partita.testkit.SandboxExtension;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo data as the shared sandbox loaded it (the sandbox loads it itself when it starts). */
@ExtendWith(SandboxExtension.class)
class DemoDataTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static Admin admin(Sandbox sandbox) {
        return Admin.create(Map.of("bootstrap.servers", sandbox.bootstrapServers(), "request.timeout.ms", 10_000,
                "default.api.timeout.ms", 15_000));
    }

    private static SchemaRegistryClient registry(Sandbox sandbox) {
        return HttpSchemaRegistryClient.create(RegistryConfig.of(sandbox.registryUrl().orElseThrow()),
                Credentials.none(), Duration.ofSeconds(10));
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, String topic) throws Exception {
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(WAIT.toSeconds(), TimeUnit.SECONDS).get(topic);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get(WAIT.toSeconds(), TimeUnit.SECONDS)
                .forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    /** Every record of the topic, read with assign + seek and no group, until each partition's end. */
    private static List<ConsumerRecord<byte[], byte[]>> readAll(Sandbox sandbox, String topic) throws Exception {
        Map<TopicPartition, Long> ends;
        try (Admin admin = admin(sandbox)) {
            ends = endOffsets(admin, topic);
        }
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of("bootstrap.servers", sandbox.bootstrapServers(), "enable.auto.commit", false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(ends.keySet());
            consumer.seekToBeginning(ends.keySet());
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    @Test
    void demoTopicsExistWithTheirPartitionCounts(Sandbox sandbox) throws Exception {
        try (Admin admin = admin(sandbox)) {
            Map<String, TopicDescription> topics = admin.describeTopics(Set.of("demo.orders", "demo.events", "demo.text"))
                    .allTopicNames().get(WAIT.toSeconds(), TimeUnit.SECONDS);

            assertThat(topics.get("demo.orders").partitions()).hasSize(6);
            assertThat(topics.get("demo.events").partitions()).hasSize(3);
            assertThat(topics.get("demo.text").partitions()).hasSize(2);
        }
    }

    @Test
    void ordersDecodeWithTheSchemaRegisteredForTheirId(Sandbox sandbox) throws Exception {
        SchemaRegistryClient registry = registry(sandbox);
        List<ConsumerRecord<byte[], byte[]>> records = readAll(sandbox, "demo.orders");
        int registeredId = registry.schema("demo.orders-value", "latest").id();

        assertThat(records).hasSize(DemoOrders.COUNT);
        for (ConsumerRecord<byte[], byte[]> record : records) {
            assertThat(WireFormat.schemaId(record.value())).hasValue(registeredId);
            GenericRecord order = decode(record.value(), AvroSchemas.parse(registry.schemaById(registeredId).schema()));
            assertThat(order.getSchema().getFullName()).isEqualTo("io.partita.demo.Order");
            assertThat(order.get("customerId").toString()).isEqualTo(new String(record.key(), StandardCharsets.UTF_8));
            assertThat(((GenericEnumSymbol<?>) order.get("status")).toString())
                    .isIn("NEW", "PAID", "SHIPPED", "DELIVERED", "CANCELLED");
            assertThat((List<?>) order.get("items")).isNotEmpty();
            assertThat(order.get("createdAt")).isEqualTo(record.timestamp());
        }
    }

    private static GenericRecord decode(byte[] framed, Schema schema) throws IOException {
        ByteBuffer payload = WireFormat.payload(framed);
        GenericRecord order = new GenericDatumReader<GenericRecord>(schema).read(null, DecoderFactory.get()
                .binaryDecoder(payload.array(), payload.arrayOffset() + payload.position(), payload.remaining(), null));
        // The plain reader hands decimals over as bytes; they must convert at the schema's scale.
        Schema totalSchema = schema.getField("total").schema();
        assertThat(new Conversions.DecimalConversion().fromBytes((ByteBuffer) order.get("total"), totalSchema,
                totalSchema.getLogicalType()).scale()).isEqualTo(2);
        return order;
    }

    @Test
    void eventsAreJsonObjectsKeyedByUser(Sandbox sandbox) throws Exception {
        List<ConsumerRecord<byte[], byte[]>> records = readAll(sandbox, "demo.events");
        ObjectMapper json = new ObjectMapper();

        assertThat(records).hasSize(DemoMessages.EVENT_COUNT);
        for (ConsumerRecord<byte[], byte[]> record : records) {
            JsonNode event = json.readTree(record.value());
            assertThat(event.path("user").path("id").asText()).isEqualTo(new String(record.key(), StandardCharsets.UTF_8));
            assertThat(event.path("tags").isArray()).isTrue();
            assertThat(event.path("user").path("premium").isBoolean()).isTrue();
            assertThat(event.has("cart")).isTrue();
        }
    }

    @Test
    void textMessagesCarrySourceAndTraceHeaders(Sandbox sandbox) throws Exception {
        List<ConsumerRecord<byte[], byte[]>> records = readAll(sandbox, "demo.text");

        assertThat(records).hasSize(DemoMessages.TEXT_COUNT);
        for (ConsumerRecord<byte[], byte[]> record : records) {
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).startsWith("GET /");
            assertThat(record.key()).isNotEmpty();
            assertThat(new String(record.headers().lastHeader("source").value(), StandardCharsets.UTF_8))
                    .isIn("web", "mobile", "batch");
            assertThat(new String(record.headers().lastHeader("trace-id").value(), StandardCharsets.UTF_8))
                    .matches("[0-9a-f]{32}");
        }
    }

    @Test
    void demoGroupLagsOnEveryCommittedPartitionAndHasOneWithoutCommit(Sandbox sandbox) throws Exception {
        try (Admin admin = admin(sandbox)) {
            Map<TopicPartition, Long> ends = endOffsets(admin, "demo.orders");
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(DemoData.GROUP)
                    .partitionsToOffsetAndMetadata().get(WAIT.toSeconds(), TimeUnit.SECONDS);

            assertThat(committed).hasSize(DemoData.COMMITTED_PARTITIONS)
                    .doesNotContainKey(new TopicPartition("demo.orders", 5));
            committed.forEach((partition, offset) ->
                    assertThat(offset.offset()).isPositive().isLessThan(ends.get(partition)));
        }
    }

    @Test
    void loadingAgainChangesNothing(Sandbox sandbox) throws Exception {
        try (Admin admin = admin(sandbox)) {
            Map<TopicPartition, Long> before = new HashMap<>();
            for (String topic : List.of("demo.orders", "demo.events", "demo.text")) {
                before.putAll(endOffsets(admin, topic));
            }
            Map<TopicPartition, OffsetAndMetadata> committedBefore = admin.listConsumerGroupOffsets(DemoData.GROUP)
                    .partitionsToOffsetAndMetadata().get(WAIT.toSeconds(), TimeUnit.SECONDS);

            DemoData.load(sandbox.bootstrapServers(), registry(sandbox), Duration.ofSeconds(30));

            Map<TopicPartition, Long> after = new HashMap<>();
            for (String topic : List.of("demo.orders", "demo.events", "demo.text")) {
                after.putAll(endOffsets(admin, topic));
            }
            assertThat(after).isEqualTo(before);
            assertThat(admin.listConsumerGroupOffsets(DemoData.GROUP).partitionsToOffsetAndMetadata()
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(committedBefore);
            assertThat(registry(sandbox).versions("demo.orders-value")).containsExactly(1);
        }
    }
}
