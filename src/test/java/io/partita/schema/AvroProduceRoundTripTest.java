package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.kafka.ClusterSession;
import io.partita.kafka.SendControl;
import io.partita.model.Credentials;
import io.partita.model.NewTopic;
import io.partita.model.PayloadDraft;
import io.partita.model.ProducerSettings;
import io.partita.model.RecordDraft;
import io.partita.model.RegisteredSchema;
import io.partita.model.SendSummary;
import io.partita.produce.DraftRecords;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * JSON typed with friendly logical types → Avro via a schema registered in the real registry → Kafka → read back
 * and decoded with Avro's own GenericDatumReader (with its logical-type conversions): every value means what was
 * typed.
 */
@ExtendWith(SandboxExtension.class)
class AvroProduceRoundTripTest {

    private static final Duration T = Duration.ofSeconds(20);
    private static final String SCHEMA = """
            {"type":"record","name":"Everything","namespace":"test.produce","fields":[
              {"name":"day","type":{"type":"int","logicalType":"date"}},
              {"name":"timeMillis","type":{"type":"int","logicalType":"time-millis"}},
              {"name":"timeMicros","type":{"type":"long","logicalType":"time-micros"}},
              {"name":"tsMillis","type":{"type":"long","logicalType":"timestamp-millis"}},
              {"name":"tsMicros","type":{"type":"long","logicalType":"timestamp-micros"}},
              {"name":"tsNanos","type":{"type":"long","logicalType":"timestamp-nanos"}},
              {"name":"localMillis","type":{"type":"long","logicalType":"local-timestamp-millis"}},
              {"name":"localMicros","type":{"type":"long","logicalType":"local-timestamp-micros"}},
              {"name":"localNanos","type":{"type":"long","logicalType":"local-timestamp-nanos"}},
              {"name":"amount","type":{"type":"bytes","logicalType":"decimal","precision":12,"scale":3}},
              {"name":"fixedAmount","type":{"type":"fixed","name":"Money","size":8,"logicalType":"decimal",
                "precision":10,"scale":2}},
              {"name":"bigAmount","type":{"type":"bytes","logicalType":"big-decimal"}},
              {"name":"id","type":{"type":"string","logicalType":"uuid"}},
              {"name":"wait","type":{"type":"fixed","name":"Wait","size":12,"logicalType":"duration"}},
              {"name":"maybeWhen","type":["null",{"type":"long","logicalType":"timestamp-millis"}],"default":null},
              {"name":"note","type":["null","string"],"default":null}
            ]}""";
    private static final String JSON = """
            {"day":"2024-02-29","timeMillis":"13:45:30.250","timeMicros":"13:45:30.250001",
             "tsMillis":"2024-05-31T13:45:30.250Z","tsMicros":"2024-05-31T15:45:30.250001+02:00",
             "tsNanos":"2024-05-31T13:45:30.250000001Z","localMillis":"2024-05-31T13:45:30.250",
             "localMicros":"2024-05-31T13:45:30.250001","localNanos":"2024-05-31T13:45:30.250000001",
             "amount":"-1234.5","fixedAmount":99.99,"bigAmount":"3.14159265358979323846",
             "id":"123e4567-e89b-12d3-a456-426614174000","wait":"P1M2DT3.004S",
             "maybeWhen":"2024-01-01T00:00:00Z","note":"plain union value"}""";

    private static GenericData withConversions() {
        GenericData model = new GenericData();
        model.addLogicalTypeConversion(new TimeConversions.DateConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimeMillisConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimeMicrosConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampNanosConversion());
        model.addLogicalTypeConversion(new TimeConversions.LocalTimestampMillisConversion());
        model.addLogicalTypeConversion(new TimeConversions.LocalTimestampMicrosConversion());
        model.addLogicalTypeConversion(new TimeConversions.LocalTimestampNanosConversion());
        model.addLogicalTypeConversion(new Conversions.DecimalConversion());
        model.addLogicalTypeConversion(new Conversions.BigDecimalConversion());
        model.addLogicalTypeConversion(new Conversions.UUIDConversion());
        return model;
    }

    @Test
    void everyLogicalTypeRoundTripsThroughTheRegistryAndKafka(Sandbox sandbox) throws Exception {
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            String topic = "avro-rt-" + UUID.randomUUID().toString().substring(0, 8);
            session.topicMutations().create(new NewTopic(topic, 1, (short) 1, Map.of()), T);
            SchemaRegistryClient registry = session.registry().orElseThrow();
            registry.register(topic + "-value", SCHEMA, "AVRO");
            RecordDraft draft = new RecordDraft(topic, null, PayloadDraft.string("k"),
                    PayloadDraft.avro(JSON, null, null), List.of());
            DraftRecords records = DraftRecords.prepare(draft, 1, registry::schema, new Random(), Clock.systemUTC());

            SendSummary summary = session.sender().send(records, ProducerSettings.defaults(), 0, r -> { },
                    new SendControl());
            assertThat(summary.allDelivered()).isTrue();

            byte[] value = readOne(sandbox.bootstrapServers(), topic);
            RegisteredSchema writer = registry.schemaById(WireFormat.schemaId(value).orElseThrow());
            Schema schema = AvroSchemas.parse(writer.schema());
            GenericRecord r = new GenericDatumReader<GenericRecord>(schema, schema, withConversions())
                    .read(null, DecoderFactory.get().binaryDecoder(WireFormat.payload(value).array(),
                            WireFormat.HEADER_SIZE, value.length - WireFormat.HEADER_SIZE, null));

            assertThat(r.get("day")).isEqualTo(LocalDate.parse("2024-02-29"));
            assertThat(r.get("timeMillis")).isEqualTo(LocalTime.parse("13:45:30.250"));
            assertThat(r.get("timeMicros")).isEqualTo(LocalTime.parse("13:45:30.250001"));
            assertThat(r.get("tsMillis")).isEqualTo(Instant.parse("2024-05-31T13:45:30.250Z"));
            assertThat(r.get("tsMicros")).isEqualTo(Instant.parse("2024-05-31T13:45:30.250001Z"));
            assertThat(r.get("tsNanos")).isEqualTo(Instant.parse("2024-05-31T13:45:30.250000001Z"));
            assertThat(r.get("localMillis")).isEqualTo(LocalDateTime.parse("2024-05-31T13:45:30.250"));
            assertThat(r.get("localMicros")).isEqualTo(LocalDateTime.parse("2024-05-31T13:45:30.250001"));
            assertThat(r.get("localNanos")).isEqualTo(LocalDateTime.parse("2024-05-31T13:45:30.250000001"));
            assertThat(r.get("amount")).isEqualTo(new BigDecimal("-1234.500"));
            assertThat(r.get("fixedAmount")).isEqualTo(new BigDecimal("99.99"));
            assertThat(r.get("bigAmount")).isEqualTo(new BigDecimal("3.14159265358979323846"));
            assertThat(r.get("id")).isEqualTo(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
            ByteBuffer wait = ByteBuffer.wrap(((GenericData.Fixed) r.get("wait")).bytes()).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(new int[] {wait.getInt(), wait.getInt(), wait.getInt()}).containsExactly(1, 2, 3004);
            assertThat(r.get("maybeWhen")).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
            assertThat(r.get("note").toString()).isEqualTo("plain union value");
        }
    }

    private static byte[] readOne(String bootstrap, String topic) {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap, "enable.auto.commit", false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long end = System.nanoTime() + T.toNanos();
            while (System.nanoTime() < end) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(300))) {
                    return r.value();
                }
            }
        }
        throw new AssertionError("nothing to read from " + topic);
    }
}
