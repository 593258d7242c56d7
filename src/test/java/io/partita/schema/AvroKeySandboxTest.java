package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.kafka.ClusterSession;
import io.partita.kafka.MessageReader;
import io.partita.kafka.MessageTopics;
import io.partita.model.Credentials;
import io.partita.model.DataFormat;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.FormatChoice;
import io.partita.model.ReadRequest;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keys framed in the Confluent wire format (schema under TOPIC-key) decode to their JSON through a whole browse,
 * whatever the value is: text, Avro of another schema, or a value forced to hex.
 */
@ExtendWith(SandboxExtension.class)
class AvroKeySandboxTest {

    static final String KEY = """
            {"type": "record", "name": "OrderKey", "namespace": "io.partita.test", "fields": [
              {"name": "region", "type": "string"}, {"name": "id", "type": "long"}]}""";
    static final String VALUE = """
            {"type": "record", "name": "Order", "namespace": "io.partita.test", "fields": [
              {"name": "amount", "type": "double"}]}""";
    static final String KEY_JSON = "{\"region\":\"eu\",\"id\":42}";

    private static String topic;
    private static int keyId;
    private static int valueId;
    private static ClusterSession session;

    @BeforeAll
    static void produce(Sandbox sandbox) throws Exception {
        topic = MessageTopics.unique("avro-key");
        MessageTopics.create(sandbox.bootstrapServers(), topic, 1);
        session = ClusterSession.open(sandbox.profile(), Credentials.none());
        keyId = session.registry().orElseThrow().register(topic + "-key", KEY, "AVRO");
        valueId = session.registry().orElseThrow().register(topic + "-value", VALUE, "AVRO");
        Schema keySchema = AvroSchemas.parse(KEY);
        GenericRecord key = new GenericData.Record(keySchema);
        key.put("region", "eu");
        key.put("id", 42L);
        byte[] framedKey = WireFormat.frame(keyId, AvroCorpusSandboxTest.serialize(keySchema, key));
        Schema valueSchema = AvroSchemas.parse(VALUE);
        GenericRecord value = new GenericData.Record(valueSchema);
        value.put("amount", 9.5);
        byte[] framedValue = WireFormat.frame(valueId, AvroCorpusSandboxTest.serialize(valueSchema, value));
        MessageTopics.produce(sandbox.bootstrapServers(), topic, List.of(
                new MessageTopics.Out(0, framedKey, "shipped".getBytes(StandardCharsets.UTF_8), null),
                new MessageTopics.Out(0, framedKey, framedValue, null),
                new MessageTopics.Out(0, framedKey, "{\"n\":1}".getBytes(StandardCharsets.UTF_8), null)));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static List<DecodedMessage> read(ReadRequest request, int previewChars) throws InterruptedException {
        MessageTopics.Collector collector = new MessageTopics.Collector(previewChars);
        MessageReader reader = session.read(request, collector);
        assertThat(reader.awaitFinished(Duration.ofSeconds(30))).isTrue();
        assertThat(collector.errorText()).isEmpty();
        return collector.messages.stream().sorted(Comparator.comparingLong(m -> m.message().offset())).toList();
    }

    private static String json(DecodedValue value) {
        assertThat(value).as("decoded, not failed: %s", value).isInstanceOf(DecodedValue.Decoded.class);
        return ValueJson.compact(((DecodedValue.Decoded) value).value());
    }

    @Test
    void anAvroKeyDecodesWithItsKeySubjectBesideATextValue() throws Exception {
        DecodedMessage first = read(ReadRequest.wholeTopic(topic), 0).get(0);
        assertThat(first.key().format()).isEqualTo(DataFormat.AVRO);
        assertThat(json(first.key())).isEqualTo(KEY_JSON);
        assertThat(first.key().schemaRef().id()).isEqualTo(keyId);
        assertThat(first.key().schemaRef().subject()).isEqualTo(topic + "-key");
        assertThat(first.value()).isEqualTo(new DecodedValue.Decoded(DataFormat.TEXT, "shipped", null));
    }

    @Test
    void keyAndValueDecodeWithTheirOwnSchemasInOneRecord() throws Exception {
        List<DecodedMessage> read = read(ReadRequest.wholeTopic(topic), 0);
        assertThat(read).hasSize(3);
        assertThat(json(read.get(1).key())).isEqualTo(KEY_JSON);
        assertThat(json(read.get(1).value())).isEqualTo("{\"amount\":9.5}");
        assertThat(read.get(1).value().schemaRef().id()).isEqualTo(valueId);
        assertThat(json(read.get(2).key())).isEqualTo(KEY_JSON);
        assertThat(read.get(2).value().format()).isEqualTo(DataFormat.JSON);
        assertThat(json(read.get(2).value())).isEqualTo("{\"n\":1}");
    }

    @Test
    void aValueForcedToHexLeavesTheKeyDetectedAsAvro() throws Exception {
        List<DecodedMessage> read = read(ReadRequest.wholeTopic(topic)
                .withFormats(FormatChoice.AUTO, FormatChoice.parse("hex")), 0);
        assertThat(json(read.get(0).key())).isEqualTo(KEY_JSON);
        assertThat(read.get(0).value()).isEqualTo(new DecodedValue.Decoded(DataFormat.HEX, "73686970706564", null));
    }

    @Test
    void theTablesPreviewOfAnAvroKeyIsItsJson() throws Exception {
        List<DecodedMessage> read = read(ReadRequest.wholeTopic(topic), 100);
        assertThat(read).allSatisfy(m -> {
            assertThat(m.key()).isInstanceOf(DecodedValue.Preview.class);
            assertThat(((DecodedValue.Preview) m.key()).text()).isEqualTo(KEY_JSON);
            assertThat(m.key().schemaRef().id()).isEqualTo(keyId);
        });
        assertThat(((DecodedValue.Preview) read.get(0).value()).text()).isEqualTo("shipped");
    }
}
