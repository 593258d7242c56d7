package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.kafka.ClusterSession;
import io.partita.kafka.MessageReader;
import io.partita.kafka.MessageTopics;
import io.partita.model.Credentials;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.ReadRequest;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Avro 1.12's uuid on a fixed of 16 bytes shows as the canonical UUID string, in trees and in previews. */
@ExtendWith(SandboxExtension.class)
class UuidFixedSandboxTest {

    static final String SCHEMA = """
            {"type": "record", "name": "Tagged", "namespace": "io.partita.test", "fields": [
              {"name": "id", "type": {"type": "fixed", "name": "Uuid16", "size": 16, "logicalType": "uuid"}},
              {"name": "parent", "type": ["null", "Uuid16"]},
              {"name": "label", "type": "string"}]}""";
    static final UUID ID = UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    static final UUID PARENT = UUID.fromString("f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
    static final String JSON = "{\"id\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\","
            + "\"parent\":\"f81d4fae-7dec-11d0-a765-00a0c91e6bf6\",\"label\":\"x\"}";

    private static List<DecodedMessage> trees;
    private static List<DecodedMessage> previews;

    @BeforeAll
    static void produce(Sandbox sandbox) throws Exception {
        String topic = MessageTopics.unique("uuid-fixed");
        MessageTopics.create(sandbox.bootstrapServers(), topic, 1);
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            int id = session.registry().orElseThrow().register(topic + "-value", SCHEMA, "AVRO");
            Schema schema = AvroSchemas.parse(SCHEMA);
            Schema fixed = schema.getField("id").schema();
            GenericRecord record = new GenericData.Record(schema);
            record.put("id", new GenericData.Fixed(fixed, bytes(ID)));
            record.put("parent", new GenericData.Fixed(fixed, bytes(PARENT)));
            record.put("label", "x");
            MessageTopics.produce(sandbox.bootstrapServers(), topic, List.of(new MessageTopics.Out(0, null,
                    WireFormat.frame(id, AvroCorpusSandboxTest.serialize(schema, record)), null)));
            trees = read(session, topic, 0);
            previews = read(session, topic, 200);
        }
    }

    private static List<DecodedMessage> read(ClusterSession session, String topic, int previewChars)
            throws InterruptedException {
        MessageTopics.Collector collector = new MessageTopics.Collector(previewChars);
        MessageReader reader = session.read(ReadRequest.wholeTopic(topic), collector);
        assertThat(reader.awaitFinished(Duration.ofSeconds(30))).isTrue();
        assertThat(collector.errorText()).isEmpty();
        return List.copyOf(collector.messages);
    }

    private static byte[] bytes(UUID uuid) {
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits())
                .array();
    }

    @Test
    void aUuidOnAFixedDecodesToTheCanonicalString() {
        assertThat(trees).hasSize(1);
        DecodedValue value = trees.get(0).value();
        assertThat(value).as("decoded: %s", value).isInstanceOf(DecodedValue.Decoded.class);
        assertThat(ValueJson.compact(((DecodedValue.Decoded) value).value())).isEqualTo(JSON);
    }

    @Test
    void theTablesPreviewShowsTheSameCanonicalString() {
        assertThat(previews).hasSize(1);
        assertThat(((DecodedValue.Preview) previews.get(0).value()).text()).isEqualTo(JSON);
    }
}
