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
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The per-topic format override against the real registry: a chosen subject or schema id is the writer schema even
 * when the bytes are framed with another id; forced Avro without a schema fails on unframed bytes; forced text, hex
 * and big-endian numbers render exactly, and numbers of the wrong length fail with a reason and the raw bytes.
 */
@ExtendWith(SandboxExtension.class)
class ForcedFormatSandboxTest {

    /** Two schemas with the same binary layout and different names: which one decoded shows in the field names. */
    static final String POINT = """
            {"type": "record", "name": "Point", "namespace": "io.partita.test", "fields": [
              {"name": "x", "type": "int"}, {"name": "label", "type": "string"}]}""";
    static final String RENAMED = """
            {"type": "record", "name": "Renamed", "namespace": "io.partita.test", "fields": [
              {"name": "count", "type": "int"}, {"name": "name", "type": "string"}]}""";
    /** One field more than the bodies hold. */
    static final String WIDER = """
            {"type": "record", "name": "Wider", "namespace": "io.partita.test", "fields": [
              {"name": "x", "type": "int"}, {"name": "label", "type": "string"}, {"name": "extra", "type": "long"}]}""";

    private static String topic;
    private static String renamedSubject;
    private static String widerSubject;
    private static int pointId;
    private static int renamedId;
    private static byte[] body;
    private static ClusterSession session;
    private static Sandbox cluster;

    @BeforeAll
    static void registerSchemas(Sandbox sandbox) throws Exception {
        cluster = sandbox;
        topic = MessageTopics.unique("forced");
        renamedSubject = topic + "-renamed";
        widerSubject = topic + "-wider";
        session = ClusterSession.open(sandbox.profile(), Credentials.none());
        SchemaRegistryClient registry = session.registry().orElseThrow();
        pointId = registry.register(topic + "-value", POINT, "AVRO");
        renamedId = registry.register(renamedSubject, RENAMED, "AVRO");
        registry.register(widerSubject, WIDER, "AVRO");
        Schema point = AvroSchemas.parse(POINT);
        GenericRecord record = new GenericData.Record(point);
        record.put("x", 7);
        record.put("label", "seven");
        body = AvroCorpusSandboxTest.serialize(point, record);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static DecodedValue decode(byte[] bytes, String format) {
        return new MessageDecoder(session.schemas()).decode(bytes, FormatChoice.parse(format));
    }

    private static String json(DecodedValue value) {
        assertThat(value).as("decoded, not failed: %s", value).isInstanceOf(DecodedValue.Decoded.class);
        return ValueJson.compact(((DecodedValue.Decoded) value).value());
    }

    @Test
    void aChosenSubjectIsTheWriterSchemaOfFramedBytesWhateverIdTheyCarry() {
        DecodedValue value = decode(WireFormat.frame(pointId, body), "avro:subject=" + renamedSubject);
        assertThat(value.format()).isEqualTo(DataFormat.AVRO);
        assertThat(json(value)).isEqualTo("{\"count\":7,\"name\":\"seven\"}");
        assertThat(value.schemaRef().id()).isEqualTo(renamedId);
        assertThat(value.schemaRef().subject()).isEqualTo(renamedSubject);
    }

    @Test
    void aChosenSchemaIdIsTheWriterSchemaOfFramedBytesWhateverIdTheyCarry() {
        DecodedValue value = decode(WireFormat.frame(renamedId, body), "avro:id=" + pointId);
        assertThat(json(value)).isEqualTo("{\"x\":7,\"label\":\"seven\"}");
        assertThat(value.schemaRef().id()).isEqualTo(pointId);
    }

    @Test
    void aChosenIdWinsOverAChosenSubject() {
        DecodedValue value = new MessageDecoder(session.schemas()).decode(WireFormat.frame(pointId, body),
                new FormatChoice(FormatChoice.Mode.AVRO, renamedSubject, pointId));
        assertThat(json(value)).isEqualTo("{\"x\":7,\"label\":\"seven\"}");
    }

    @Test
    void aChosenSubjectReadsABareBodyWithoutTheWireFormatHeader() {
        DecodedValue value = decode(body, "avro:subject=" + renamedSubject);
        assertThat(json(value)).isEqualTo("{\"count\":7,\"name\":\"seven\"}");
    }

    @Test
    void forcedAvroWithoutASchemaFailsOnBytesNotInTheWireFormatAndKeepsThemAsHex() {
        byte[] bare = body.clone();
        DecodedValue value = decode(bare, "avro");
        assertThat(value).isInstanceOf(DecodedValue.Failed.class);
        DecodedValue.Failed failed = (DecodedValue.Failed) value;
        assertThat(failed.reason()).isEqualTo("not in the Confluent wire format (no magic byte 0 and schema id): "
                + "choose a subject or schema id to read a bare Avro body");
        assertThat(failed.raw()).isEqualTo(body);
        assertThat(failed.schema()).isNull();
        // 7 as a zig-zag varint (0e), then "seven" with its length 5 (0a).
        assertThat(ValueJson.jsonValue(failed)).isEqualTo("0e0a736576656e");
    }

    @Test
    void aChosenSchemaTheBodyDoesNotFillFailsNamingTheSchema() {
        DecodedValue value = decode(WireFormat.frame(pointId, body), "avro:subject=" + widerSubject);
        assertThat(value).isInstanceOf(DecodedValue.Failed.class);
        DecodedValue.Failed failed = (DecodedValue.Failed) value;
        assertThat(failed.reason()).startsWith("truncated: the body ends before the record of schema id ")
                .contains(widerSubject);
        assertThat(failed.raw()).isEqualTo(WireFormat.frame(pointId, body));
    }

    @Test
    void aBrowseAppliesTheChosenFormatsToKeysAndValues() throws Exception {
        MessageTopics.create(cluster.bootstrapServers(), topic, 1);
        MessageTopics.produce(cluster.bootstrapServers(), topic, List.of(new MessageTopics.Out(0,
                new byte[] {0, 0, 1, 0}, WireFormat.frame(pointId, body), null)));
        MessageTopics.Collector collector = new MessageTopics.Collector();
        MessageReader reader = session.read(ReadRequest.wholeTopic(topic).withFormats(FormatChoice.parse("int32"),
                FormatChoice.parse("avro:subject=" + renamedSubject)), collector);
        assertThat(reader.awaitFinished(Duration.ofSeconds(30))).isTrue();
        assertThat(collector.errorText()).isEmpty();
        DecodedMessage read = collector.messages.get(0);
        assertThat(read.key()).isEqualTo(new DecodedValue.Decoded(DataFormat.INT32, 256, null));
        assertThat(json(read.value())).isEqualTo("{\"count\":7,\"name\":\"seven\"}");
    }

    @Test
    void forcedTextShowsWhatAutoDetectionWouldNotWithReplacementCharacters() {
        byte[] bytes = {'h', (byte) 0xc3, (byte) 0xa9, 1, '{', (byte) 0xff};
        assertThat(decode(bytes, "text")).isEqualTo(new DecodedValue.Decoded(DataFormat.TEXT, "hé\u0001{\uFFFD",
                null));
        assertThat(decode(bytes, "auto").format()).isEqualTo(DataFormat.HEX);
    }

    @Test
    void forcedHexShowsEveryByteEvenOfTextAndFramedAvro() {
        assertThat(decode(new byte[] {0, 0x0f, (byte) 0xab, (byte) 0xff}, "hex"))
                .isEqualTo(new DecodedValue.Decoded(DataFormat.HEX, "000fabff", null));
        assertThat(decode("hello".getBytes(StandardCharsets.UTF_8), "bytes"))
                .isEqualTo(new DecodedValue.Decoded(DataFormat.HEX, "68656c6c6f", null));
        assertThat(decode(WireFormat.frame(pointId, body), "hex"))
                .isEqualTo(new DecodedValue.Decoded(DataFormat.HEX, HexFormat.of().formatHex(
                        WireFormat.frame(pointId, body)), null));
    }

    @Test
    void forcedInt32ReadsFourBigEndianBytes() {
        assertNumber(new byte[] {0, 0, 1, 2}, "int32", DataFormat.INT32, 258, "258");
        assertNumber(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xfe}, "int", DataFormat.INT32, -2,
                "-2");
    }

    @Test
    void forcedInt64ReadsEightBigEndianBytes() {
        assertNumber(new byte[] {0, 0, 0, 1, 0, 0, 0, 2}, "int64", DataFormat.INT64, 4_294_967_298L, "4294967298");
        assertNumber(ByteBuffer.allocate(8).putLong(Long.MIN_VALUE).array(), "long", DataFormat.INT64,
                Long.MIN_VALUE, "-9223372036854775808");
    }

    @Test
    void forcedDoubleReadsEightBigEndianBytes() {
        assertNumber(HexFormat.of().parseHex("400921fb54442d18"), "double", DataFormat.FLOAT64, Math.PI,
                "3.141592653589793");
        assertNumber(HexFormat.of().parseHex("c000000000000000"), "float64", DataFormat.FLOAT64, -2.0, "-2.0");
        assertNumber(HexFormat.of().parseHex("7ff8000000000000"), "double", DataFormat.FLOAT64, Double.NaN,
                "\"NaN\"");
    }

    @Test
    void numbersOfTheWrongLengthFailWithTheLengthsAndTheRawBytes() {
        assertFails(new byte[] {1, 2, 3}, "int32", "not int32: 4 bytes expected, found 3");
        assertFails(new byte[] {0, 0, 0, 1}, "int64", "not int64: 8 bytes expected, found 4");
        assertFails(new byte[9], "double", "not double: 8 bytes expected, found 9");
        assertFails(new byte[0], "double", "not double: 8 bytes expected, found 0");
    }

    private static void assertNumber(byte[] bytes, String format, DataFormat expected, Object value, String shown) {
        DecodedValue decoded = decode(bytes, format);
        assertThat(decoded).isEqualTo(new DecodedValue.Decoded(expected, value, null));
        Object tree = ((DecodedValue.Decoded) decoded).value();
        assertThat(Previews.text(tree, 100)).as("the table's text").isEqualTo(shown);
        assertThat(ValueJson.compact(tree)).as("the JSON output").isEqualTo(shown);
    }

    private static void assertFails(byte[] bytes, String format, String reason) {
        DecodedValue decoded = decode(bytes, format);
        assertThat(decoded).isInstanceOf(DecodedValue.Failed.class);
        assertThat(((DecodedValue.Failed) decoded).reason()).isEqualTo(reason);
        assertThat(((DecodedValue.Failed) decoded).raw()).isEqualTo(bytes);
        assertThat(ValueJson.jsonValue(decoded)).isEqualTo(HexFormat.of().formatHex(bytes));
    }
}
