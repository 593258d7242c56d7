package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.Credentials;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.ReadRequest;
import io.partita.model.StopCondition;
import io.partita.sandbox.Sandbox;
import io.partita.sandbox.SandboxOptions;
import io.partita.schema.AvroSchemas;
import io.partita.schema.WireFormat;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

/**
 * The registry stops in the middle of a live browse: ids already read keep decoding, a new id fails with the
 * registry's unavailability as the reason, and the stream does not stop. Uses its own sandbox (the shared
 * registry must stay up for everyone else).
 */
class RegistryDownSandboxTest {

    private static final String SCHEMA_A = "{\"type\":\"record\",\"name\":\"A\",\"fields\":[{\"name\":\"n\",\"type\":\"int\"}]}";
    private static final String SCHEMA_B = "{\"type\":\"record\",\"name\":\"B\",\"fields\":[{\"name\":\"s\",\"type\":\"string\"}]}";

    @Test
    void stoppingTheRegistryMidBrowseFailsOnlyUnseenSchemasAndTheStreamGoesOn() throws Exception {
        try (Sandbox own = Sandbox.start(new SandboxOptions(1, true, false, null, false), step -> { });
             ClusterSession session = ClusterSession.open(own.profile(), Credentials.none())) {
            String topic = MessageTopics.unique("registry-down");
            MessageTopics.create(own.bootstrapServers(), topic, 1);
            int a = session.registry().orElseThrow().register(topic + "-value", SCHEMA_A, "AVRO");
            int b = session.registry().orElseThrow().register(topic + "-other", SCHEMA_B, "AVRO");
            MessageTopics.produce(own.bootstrapServers(), topic, List.of(record(a, SCHEMA_A, "n", 1)));
            MessageTopics.Collector c = new MessageTopics.Collector();
            MessageReader reader = session.read(ReadRequest.wholeTopic(topic).withStop(StopCondition.NEVER), c);
            c.awaitCount(1, Duration.ofSeconds(20));
            assertThat(c.messages.get(0).value()).isInstanceOf(DecodedValue.Decoded.class);

            stopRegistry(own);
            MessageTopics.produce(own.bootstrapServers(), topic, List.of(record(b, SCHEMA_B, "s", "x"),
                    record(a, SCHEMA_A, "n", 2)));
            c.awaitCount(3, Duration.ofSeconds(30));
            reader.stop();
            assertThat(reader.awaitFinished(Duration.ofSeconds(10))).isTrue();

            assertThat(c.messages).hasSize(3);
            DecodedMessage unseen = c.messages.get(1);
            assertThat(unseen.value()).isInstanceOfSatisfying(DecodedValue.Failed.class, failed -> {
                assertThat(failed.reason()).startsWith("schema registry unavailable");
                assertThat(failed.raw()).startsWith(WireFormat.frame(b, new byte[0]));
                assertThat(failed.schema()).isEqualTo(new io.partita.model.SchemaRef(b, null, 0));
            });
            assertThat(c.messages.get(2).value()).isInstanceOf(DecodedValue.Decoded.class);
            assertThat(c.errorText()).isEmpty();
            assertThat(c.finished.get().notes()).singleElement().asString()
                    .startsWith("value: schema registry unavailable")
                    .endsWith("(records in the registry's wire format are shown undecoded)");
        }
    }

    /** The registry is the sandbox's last child process. */
    private static void stopRegistry(Sandbox own) throws Exception {
        List<Long> pids = own.childPids();
        ProcessHandle registry = ProcessHandle.of(pids.get(pids.size() - 1)).orElseThrow();
        registry.destroy();
        registry.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static MessageTopics.Out record(int id, String schemaText, String field, Object value) throws Exception {
        Schema schema = AvroSchemas.parse(schemaText);
        GenericRecord record = new GenericData.Record(schema);
        record.put(field, value);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
        encoder.flush();
        return new MessageTopics.Out(0, null, WireFormat.frame(id, out.toByteArray()), null);
    }
}
