package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.kafka.MessageReader;
import io.partita.kafka.MessageTopics;
import io.partita.model.FormatChoice;
import io.partita.model.ReadRequest;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The schema a read will need, looked up ahead of its records against the sandbox's registry: what the decoding
 * then asks the registry (each call to the real client is recorded on its way through).
 */
@ExtendWith(SandboxExtension.class)
class SchemaPrefetchTest {

    /**
     * A schema of its own: the registry gives the same content the same id under every subject (the shared sandbox's
     * other tests register theirs), and the lookup by id names the first subject it finds.
     */
    private static String own() {
        return "{\"type\":\"record\",\"name\":\"P" + UUID.randomUUID().toString().replace("-", "")
                + "\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
    }

    /** The sandbox's registry, with every call's method name recorded. */
    private static SchemaRegistryClient recording(Sandbox sandbox, List<String> calls) {
        SchemaRegistryClient real = RegistryLifecycleTest.client(sandbox);
        return (SchemaRegistryClient) Proxy.newProxyInstance(SchemaRegistryClient.class.getClassLoader(),
                new Class<?>[] {SchemaRegistryClient.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void theTopicsLatestValueSchemaIsReadyBeforeItsFirstRecord(Sandbox sandbox) throws Exception {
        String topic = "prefetch-" + UUID.randomUUID();
        SchemaRegistryClient direct = RegistryLifecycleTest.client(sandbox);
        String v1 = own();
        String v2 = v1.replace("}]}", "},{\"name\":\"note\",\"type\":\"string\",\"default\":\"\"}]}");
        direct.register(topic + "-value", v1, "AVRO");
        int id = direct.register(topic + "-value", v2, "AVRO");
        List<String> calls = new CopyOnWriteArrayList<>();
        RegistrySchemas schemas = new RegistrySchemas(recording(sandbox, calls));

        schemas.prefetch(FormatChoice.AUTO, topic + "-value");
        calls.clear();
        RegistrySchemas.Entry entry = schemas.byId(id);

        assertThat(calls).as("registry calls once a record names the id").isEmpty();
        assertThat(entry.ref().id()).isEqualTo(id);
        assertThat(entry.ref().subject()).isEqualTo(topic + "-value");
        assertThat(entry.ref().version()).isEqualTo(2);
        assertThat(entry.avro()).isEqualTo(AvroSchemas.parse(v2));
    }

    @Test
    void withoutAPrefetchTheFirstRecordWaitsForTwoLookups(Sandbox sandbox) throws Exception {
        String topic = "prefetch-" + UUID.randomUUID();
        int id = RegistryLifecycleTest.client(sandbox).register(topic + "-value", own(), "AVRO");
        List<String> calls = new CopyOnWriteArrayList<>();
        RegistrySchemas schemas = new RegistrySchemas(recording(sandbox, calls));

        RegistrySchemas.Entry entry = schemas.byId(id);

        assertThat(calls).containsExactly("schemaById", "subjectVersionsOf");
        assertThat(entry.ref().subject()).isEqualTo(topic + "-value");
    }

    @Test
    void aMissingDefaultSubjectIsNotRemembered(Sandbox sandbox) throws Exception {
        String subject = "prefetch-" + UUID.randomUUID() + "-value";
        List<String> calls = new CopyOnWriteArrayList<>();
        RegistrySchemas schemas = new RegistrySchemas(recording(sandbox, calls));

        schemas.prefetch(FormatChoice.AUTO, subject); // nothing registered yet: quietly nothing
        int id = RegistryLifecycleTest.client(sandbox).register(subject, own(), "AVRO");

        assertThat(schemas.latest(subject).ref().id()).isEqualTo(id);
        assertThat(calls).as("asked again, not answered from a remembered failure")
                .containsExactly("schema", "schema");
    }

    @Test
    void aForcedSchemaIdIsLookedUpAheadAndADetectedKeyIsNot(Sandbox sandbox) throws Exception {
        int id = RegistryLifecycleTest.client(sandbox).register("prefetch-" + UUID.randomUUID() + "-value",
                own(), "AVRO");
        List<String> calls = new CopyOnWriteArrayList<>();
        RegistrySchemas schemas = new RegistrySchemas(recording(sandbox, calls));

        schemas.prefetch(FormatChoice.AUTO, null);
        assertThat(calls).isEmpty();
        schemas.prefetch(FormatChoice.parse("avro:id=" + id), null);
        calls.clear();

        assertThat(schemas.byId(id).ref().id()).isEqualTo(id);
        assertThat(calls).isEmpty();
    }

    @Test
    void aReadLooksUpItsTopicsValueSchemaWhileItConnects(Sandbox sandbox) throws Exception {
        String topic = MessageTopics.unique("prefetch");
        MessageTopics.create(sandbox.bootstrapServers(), topic, 1);
        String text = own();
        int id = RegistryLifecycleTest.client(sandbox).register(topic + "-value", text, "AVRO");
        Schema schema = AvroSchemas.parse(text);
        GenericRecord record = new GenericData.Record(schema);
        record.put("id", "order-1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
        encoder.flush();
        MessageTopics.produce(sandbox.bootstrapServers(), topic,
                List.of(new MessageTopics.Out(0, null, WireFormat.frame(id, out.toByteArray()), null)));
        List<String> calls = new CopyOnWriteArrayList<>();
        MessageTopics.Collector collector = new MessageTopics.Collector();

        MessageReader reader = MessageReader.start(Map.of("bootstrap.servers", sandbox.bootstrapServers()),
                new RegistrySchemas(recording(sandbox, calls)), ReadRequest.wholeTopic(topic), collector,
                Duration.ofSeconds(10));

        assertThat(reader.awaitFinished(Duration.ofSeconds(30))).isTrue();
        assertThat(collector.errorText()).isEmpty();
        assertThat(collector.messages).singleElement().satisfies(m -> {
            assertThat(m.failed()).isFalse();
            assertThat(m.value().schemaRef().id()).isEqualTo(id);
            assertThat(m.value().schemaRef().subject()).isEqualTo(topic + "-value");
        });
        // The look-up runs on a thread of its own, started before the consumer: it may end after a one-record read.
        long until = System.nanoTime() + 10_000_000_000L;
        while (!calls.contains("schema") && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(calls).as("the subject's latest version asked for").contains("schema");
    }
}
