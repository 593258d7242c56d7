package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.kafka.ClusterSession;
import io.partita.kafka.MessageReader;
import io.partita.kafka.MessageTopics;
import io.partita.model.Credentials;
import io.partita.model.DataFormat;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.ReadRequest;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A corpus produced through the real registry and cluster: every logical type, nested records, arrays, maps,
 * enums and union shapes decode to exactly the expected JSON; JSON, text and hex payloads are detected; corrupt
 * frames and unknown ids become failures with a reason and the raw bytes, and the stream goes on.
 */
@ExtendWith(SandboxExtension.class)
class AvroCorpusSandboxTest {

    static final String SCHEMA = """
            {"type": "record", "name": "Corpus", "namespace": "io.partita.test", "fields": [
              {"name": "tsMillis", "type": {"type": "long", "logicalType": "timestamp-millis"}},
              {"name": "tsMicros", "type": {"type": "long", "logicalType": "timestamp-micros"}},
              {"name": "tsNanos", "type": {"type": "long", "logicalType": "timestamp-nanos"}},
              {"name": "localMillis", "type": {"type": "long", "logicalType": "local-timestamp-millis"}},
              {"name": "localMicros", "type": {"type": "long", "logicalType": "local-timestamp-micros"}},
              {"name": "localNanos", "type": {"type": "long", "logicalType": "local-timestamp-nanos"}},
              {"name": "day", "type": {"type": "int", "logicalType": "date"}},
              {"name": "timeMillis", "type": {"type": "int", "logicalType": "time-millis"}},
              {"name": "timeMicros", "type": {"type": "long", "logicalType": "time-micros"}},
              {"name": "price", "type": {"type": "bytes", "logicalType": "decimal", "precision": 10, "scale": 2}},
              {"name": "balance", "type": {"type": "fixed", "name": "Money", "size": 8, "logicalType": "decimal",
                "precision": 18, "scale": 4}},
              {"name": "id", "type": {"type": "string", "logicalType": "uuid"}},
              {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["NEW", "SHIPPED"]}},
              {"name": "address", "type": {"type": "record", "name": "Address", "fields": [
                {"name": "city", "type": "string"},
                {"name": "geo", "type": {"type": "record", "name": "Geo", "fields": [
                  {"name": "lat", "type": "double"}, {"name": "lon", "type": "float"}]}}]}},
              {"name": "lines", "type": {"type": "array", "items": {"type": "record", "name": "Line", "fields": [
                {"name": "sku", "type": "string"}, {"name": "qty", "type": "int"}]}}},
              {"name": "counts", "type": {"type": "map", "values": "long"}},
              {"name": "note", "type": ["null", "string"]},
              {"name": "choice", "type": ["null", "long", "string", "Geo"]},
              {"name": "raw", "type": "bytes"},
              {"name": "tag", "type": {"type": "fixed", "name": "Tag", "size": 4}},
              {"name": "flag", "type": "boolean"},
              {"name": "text", "type": "string"}
            ]}""";

    static final String FIRST = "{\"tsMillis\":\"2023-11-14T22:13:20.123Z\","
            + "\"tsMicros\":\"2023-11-14T22:13:20.123456Z\",\"tsNanos\":\"2023-11-14T22:13:20.123456789Z\","
            + "\"localMillis\":\"2023-11-14T22:13:20.123\",\"localMicros\":\"2023-11-14T22:13:20\","
            + "\"localNanos\":\"2023-11-14T22:13:20.000000001\",\"day\":\"2023-11-14\","
            + "\"timeMillis\":\"12:34:56.789\",\"timeMicros\":\"12:34:56.789012\",\"price\":12.90,"
            + "\"balance\":-1234.5000,\"id\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"status\":\"SHIPPED\","
            + "\"address\":{\"city\":\"Zürich\",\"geo\":{\"lat\":47.5,\"lon\":-8.25}},"
            + "\"lines\":[{\"sku\":\"A-1\",\"qty\":2},{\"sku\":\"B-2\",\"qty\":1}],"
            + "\"counts\":{\"b\":2,\"a\":1},\"note\":null,\"choice\":42,\"raw\":\"AAEC/w==\",\"tag\":\"dGFnIQ==\","
            + "\"flag\":true,\"text\":\"line one\\nline \\\"two\\\"\"}";

    static final String SECOND = "{\"tsMillis\":\"1969-12-31T23:59:59.999Z\",\"tsMicros\":\"1970-01-01T00:00:00Z\","
            + "\"tsNanos\":\"1970-01-01T00:00:00.000000001Z\",\"localMillis\":\"1970-01-01T00:00:00\","
            + "\"localMicros\":\"1970-01-01T00:00:00.000001\",\"localNanos\":\"1969-12-31T23:59:59.999999999\","
            + "\"day\":\"1969-12-31\",\"timeMillis\":\"00:00:00\",\"timeMicros\":\"23:59:59.999999\","
            + "\"price\":-0.05,\"balance\":0.0000,\"id\":\"00000000-0000-0000-0000-000000000000\","
            + "\"status\":\"NEW\",\"address\":{\"city\":\"\",\"geo\":{\"lat\":-0.0,\"lon\":0.0}},\"lines\":[],"
            + "\"counts\":{},\"note\":\"gift\",\"choice\":{\"lat\":1.5,\"lon\":2.5},\"raw\":\"\",\"tag\":\"AAAAAA==\","
            + "\"flag\":false,\"text\":\"\"}";

    /** Every level is an array of levels: one byte (a block count) opens the next. */
    static final String TREE = """
            {"type": "record", "name": "Level", "namespace": "io.partita.test", "fields": [
              {"name": "below", "type": {"type": "array", "items": "Level"}}]}""";
    static final String THIRD_CHOICE = "\"choice\":\"text branch\"";

    private static String topic;
    private static int schemaId;
    private static List<DecodedMessage> read;
    /** The same records read by a sink that keeps previews of {@value #PREVIEW} characters, as the table does. */
    private static List<DecodedMessage> previewed;
    /** What the two reads' final progress counted as not decoded. */
    private static long failedTrees;
    private static long failedPreviews;
    static final int PREVIEW = 100;

    @BeforeAll
    static void produceCorpus(Sandbox sandbox) throws Exception {
        topic = MessageTopics.unique("corpus");
        MessageTopics.create(sandbox.bootstrapServers(), topic, 1);
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            schemaId = session.registry().orElseThrow().register(topic + "-value", SCHEMA, "AVRO");
            Schema schema = AvroSchemas.parse(SCHEMA);
            List<MessageTopics.Out> out = new ArrayList<>();
            out.add(avro(schema, first(schema)));
            out.add(avro(schema, second(schema)));
            GenericRecord third = first(schema);
            third.put("choice", "text branch");
            out.add(avro(schema, third));
            out.add(plain("{\"event\":\"click\",\"amount\":10.50,\"tags\":[\"a\",\"b\"],\"n\":null}"));
            out.add(plain("plain text ✓"));
            out.add(new MessageTopics.Out(0, null, new byte[] {(byte) 0xff, 0x01, 0x02}, null));
            out.add(new MessageTopics.Out(0, null, WireFormat.frame(987_654, new byte[] {2, 4}), null));
            byte[] good = serialize(schema, first(schema));
            out.add(new MessageTopics.Out(0, null, WireFormat.frame(schemaId,
                    java.util.Arrays.copyOf(good, good.length / 2)), null));
            byte[] longer = java.util.Arrays.copyOf(good, good.length + 3);
            out.add(new MessageTopics.Out(0, null, WireFormat.frame(schemaId, longer), null));
            out.add(avro(schema, second(schema)));
            // A recursive schema and a body that opens a level with every byte: too deep for any stack.
            int treeId = session.registry().orElseThrow().register(topic + "-tree", TREE, "AVRO");
            byte[] deep = new byte[400_000];
            java.util.Arrays.fill(deep, (byte) 2);
            out.add(new MessageTopics.Out(0, null, WireFormat.frame(treeId, deep), null));
            out.add(avro(schema, second(schema)));
            // Past the size whose preview is left for the row to write: written as it is read.
            GenericRecord large = first(schema);
            large.put("choice", "x".repeat(100_000));
            out.add(avro(schema, large));
            MessageTopics.produce(sandbox.bootstrapServers(), topic, out);
            MessageTopics.Collector collector = new MessageTopics.Collector();
            MessageReader reader = session.read(ReadRequest.wholeTopic(topic), collector);
            assertThat(reader.awaitFinished(Duration.ofSeconds(30))).isTrue();
            assertThat(collector.errorText()).isEmpty();
            read = collector.messages.stream().sorted(Comparator.comparingLong(m -> m.message().offset())).toList();
            failedTrees = collector.finished.get().failed();
            MessageTopics.Collector previews = new MessageTopics.Collector(PREVIEW);
            reader = session.read(ReadRequest.wholeTopic(topic), previews);
            assertThat(reader.awaitFinished(Duration.ofSeconds(30))).isTrue();
            assertThat(previews.errorText()).isEmpty();
            failedPreviews = previews.finished.get().failed();
            previewed = previews.messages.stream().sorted(Comparator.comparingLong(m -> m.message().offset()))
                    .toList();
        }
    }

    @Test
    void everyLogicalTypeNestedRecordArrayMapEnumAndUnionDecodesToTheExactJson() {
        assertThat(ValueJson.compact(tree(read.get(0)))).isEqualTo(FIRST);
        assertThat(read.get(0).value().schemaRef().id()).isEqualTo(schemaId);
    }

    @Test
    void edgeValuesBeforeTheEpochAndEmptyCollectionsDecodeExactly() {
        assertThat(ValueJson.compact(tree(read.get(1)))).isEqualTo(SECOND);
    }

    @Test
    void aUnionShowsThePlainValueOfWhicheverBranchWasWritten() {
        assertThat(ValueJson.compact(tree(read.get(2)))).contains(THIRD_CHOICE);
    }

    @Test
    void theSchemaIsNamedBySubjectAndVersion() {
        assertThat(read.get(0).value().schemaRef().subject()).isEqualTo(topic + "-value");
        assertThat(read.get(0).value().schemaRef().version()).isEqualTo(1);
    }

    @Test
    void jsonTextAndBinaryPayloadsAreDetected() {
        assertThat(read.get(3).value().format()).isEqualTo(DataFormat.JSON);
        assertThat(ValueJson.compact(tree(read.get(3))))
                .isEqualTo("{\"event\":\"click\",\"amount\":10.50,\"tags\":[\"a\",\"b\"],\"n\":null}");
        assertThat(read.get(4).value().format()).isEqualTo(DataFormat.TEXT);
        assertThat(tree(read.get(4))).isEqualTo("plain text ✓");
        assertThat(read.get(5).value().format()).isEqualTo(DataFormat.HEX);
        assertThat(tree(read.get(5))).isEqualTo("ff0102");
        assertThat(read.get(5).key()).isInstanceOf(DecodedValue.Absent.class);
    }

    @Test
    void anUnknownSchemaIdFailsWithTheReasonAndTheRawBytes() {
        DecodedValue.Failed failed = (DecodedValue.Failed) read.get(6).value();
        assertThat(failed.reason()).contains("unknown schema id 987654");
        assertThat(failed.raw()).isEqualTo(WireFormat.frame(987_654, new byte[] {2, 4}));
        assertThat(ValueJson.jsonValue(failed)).isEqualTo("00000f12060204");
        assertThat(failed.schema()).as("the frame's id, though the registry has no such schema")
                .isEqualTo(new io.partita.model.SchemaRef(987_654, null, 0));
    }

    @Test
    void aTruncatedBodyFailsAndSaysSo() {
        DecodedValue.Failed failed = (DecodedValue.Failed) read.get(7).value();
        assertThat(failed.reason()).contains("truncated");
        assertThat(failed.schema().id()).isEqualTo(schemaId);
    }

    @Test
    void bytesLeftOverAfterTheRecordAreASchemaMismatch() {
        assertThat(((DecodedValue.Failed) read.get(8).value()).reason()).contains("does not match schema id "
                + schemaId);
    }

    @Test
    void recordsAfterFailuresStillDecode() {
        assertThat(read).hasSize(13);
        assertThat(ValueJson.compact(tree(read.get(9)))).isEqualTo(SECOND);
        assertThat(ValueJson.compact(tree(read.get(11)))).isEqualTo(SECOND);
        assertThat(((java.util.Map<?, ?>) tree(read.get(12))).get("choice")).isEqualTo("x".repeat(100_000));
    }

    @Test
    void theReadCountsTheRecordsItCouldNotDecode() {
        // The unknown id, the truncated body, the bytes left over and the body nested too deeply.
        assertThat(read.stream().filter(DecodedMessage::failed)).hasSize(4);
        assertThat(failedTrees).isEqualTo(4);
        assertThat(failedPreviews).isEqualTo(4);
    }

    @Test
    void aBodyNestedDeeperThanAnyStackFailsWithAReasonAndTheReadGoesOn() {
        DecodedValue.Failed failed = (DecodedValue.Failed) read.get(10).value();
        assertThat(failed.reason()).contains("nested too deeply");
        assertThat(failed.raw()).hasSize(400_000 + WireFormat.HEADER_SIZE);
        assertThat(previewed.get(10).value()).isInstanceOf(DecodedValue.Failed.class);
        assertThat(((DecodedValue.Failed) previewed.get(10).value()).reason()).isEqualTo(failed.reason());
    }

    @Test
    void aSinkThatKeepsPreviewsGetsTheTreesTextAndTheSameFailures() {
        assertThat(previewed).hasSize(read.size());
        // Avro records were checked in full as they were read; their texts are written only when first asked for.
        List<DecodedValue.Preview> avro = previewed.stream().map(DecodedMessage::value)
                .filter(v -> v instanceof DecodedValue.Preview p && p.format() == io.partita.model.DataFormat.AVRO)
                .map(v -> (DecodedValue.Preview) v).toList();
        assertThat(avro.subList(0, avro.size() - 1)).hasSizeGreaterThan(3).noneMatch(DecodedValue.Preview::rendered);
        assertThat(avro.get(avro.size() - 1).rendered()).as("a value over 64 KB").isTrue();
        for (int i = 0; i < read.size(); i++) {
            DecodedMessage whole = read.get(i);
            DecodedMessage shown = previewed.get(i);
            assertThat(shown.message().offset()).isEqualTo(whole.message().offset());
            for (boolean key : new boolean[] {true, false}) {
                DecodedValue expected = Previews.of(key ? whole.key() : whole.value(), PREVIEW);
                DecodedValue actual = key ? shown.key() : shown.value();
                if (expected instanceof DecodedValue.Failed failed) {
                    assertThat(actual).as("record %d", i).isInstanceOf(DecodedValue.Failed.class);
                    assertThat(((DecodedValue.Failed) actual).reason()).isEqualTo(failed.reason());
                    assertThat(((DecodedValue.Failed) actual).raw()).isEqualTo(failed.raw());
                    assertThat(actual.schemaRef()).isEqualTo(failed.schemaRef());
                } else {
                    assertThat(actual).as("record %d", i).isEqualTo(expected);
                }
            }
        }
        // The Avro records are longer than the preview and cut; the JSON payload (62 characters) is not.
        assertThat(((DecodedValue.Preview) previewed.get(0).value()).text()).hasSize(PREVIEW + 1).endsWith("…")
                .isEqualTo(FIRST.substring(0, PREVIEW) + "…");
        assertThat(((DecodedValue.Preview) previewed.get(3).value()).text())
                .isEqualTo("{\"event\":\"click\",\"amount\":10.50,\"tags\":[\"a\",\"b\"],\"n\":null}");
    }

    private static Object tree(DecodedMessage message) {
        return ((DecodedValue.Decoded) message.value()).value();
    }

    static GenericRecord first(Schema schema) {
        GenericRecord r = new GenericData.Record(schema);
        r.put("tsMillis", 1_700_000_000_123L);
        r.put("tsMicros", 1_700_000_000_123_456L);
        r.put("tsNanos", 1_700_000_000_123_456_789L);
        r.put("localMillis", 1_700_000_000_123L);
        r.put("localMicros", 1_700_000_000_000_000L);
        r.put("localNanos", 1_700_000_000_000_000_001L);
        r.put("day", 19_675);
        r.put("timeMillis", 45_296_789);
        r.put("timeMicros", 45_296_789_012L);
        r.put("price", decimalBytes("12.90"));
        r.put("balance", decimalFixed(schema.getField("balance").schema(), "-1234.5000"));
        r.put("id", "3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        r.put("status", new GenericData.EnumSymbol(schema.getField("status").schema(), "SHIPPED"));
        Schema addressSchema = schema.getField("address").schema();
        GenericRecord geo = geo(addressSchema.getField("geo").schema(), 47.5, -8.25f);
        GenericRecord address = new GenericData.Record(addressSchema);
        address.put("city", "Zürich");
        address.put("geo", geo);
        r.put("address", address);
        Schema line = schema.getField("lines").schema().getElementType();
        r.put("lines", List.of(line(line, "A-1", 2), line(line, "B-2", 1)));
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("b", 2L);
        counts.put("a", 1L);
        r.put("counts", counts);
        r.put("note", null);
        r.put("choice", 42L);
        r.put("raw", ByteBuffer.wrap(new byte[] {0, 1, 2, (byte) 255}));
        r.put("tag", new GenericData.Fixed(schema.getField("tag").schema(), "tag!".getBytes(StandardCharsets.UTF_8)));
        r.put("flag", true);
        r.put("text", "line one\nline \"two\"");
        return r;
    }

    static GenericRecord second(Schema schema) {
        GenericRecord r = first(schema);
        r.put("tsMillis", -1L);
        r.put("tsMicros", 0L);
        r.put("tsNanos", 1L);
        r.put("localMillis", 0L);
        r.put("localMicros", 1L);
        r.put("localNanos", -1L);
        r.put("day", -1);
        r.put("timeMillis", 0);
        r.put("timeMicros", 86_399_999_999L);
        r.put("price", decimalBytes("-0.05"));
        r.put("balance", decimalFixed(schema.getField("balance").schema(), "0.0000"));
        r.put("id", "00000000-0000-0000-0000-000000000000");
        r.put("status", new GenericData.EnumSymbol(schema.getField("status").schema(), "NEW"));
        Schema addressSchema = schema.getField("address").schema();
        GenericRecord address = new GenericData.Record(addressSchema);
        address.put("city", "");
        address.put("geo", geo(addressSchema.getField("geo").schema(), -0.0, 0.0f));
        r.put("address", address);
        r.put("lines", List.of());
        r.put("counts", Map.of());
        r.put("note", "gift");
        r.put("choice", geo(addressSchema.getField("geo").schema(), 1.5, 2.5f));
        r.put("raw", ByteBuffer.wrap(new byte[0]));
        r.put("tag", new GenericData.Fixed(schema.getField("tag").schema(), new byte[4]));
        r.put("flag", false);
        r.put("text", "");
        return r;
    }

    private static GenericRecord geo(Schema schema, double lat, float lon) {
        GenericRecord geo = new GenericData.Record(schema);
        geo.put("lat", lat);
        geo.put("lon", lon);
        return geo;
    }

    private static GenericRecord line(Schema schema, String sku, int qty) {
        GenericRecord line = new GenericData.Record(schema);
        line.put("sku", sku);
        line.put("qty", qty);
        return line;
    }

    private static ByteBuffer decimalBytes(String value) {
        return ByteBuffer.wrap(new BigDecimal(value).unscaledValue().toByteArray());
    }

    private static GenericData.Fixed decimalFixed(Schema schema, String value) {
        byte[] unscaled = new BigDecimal(value).unscaledValue().toByteArray();
        byte[] fixed = new byte[8];
        byte pad = (byte) (unscaled[0] < 0 ? 0xff : 0);
        java.util.Arrays.fill(fixed, pad);
        System.arraycopy(unscaled, 0, fixed, 8 - unscaled.length, unscaled.length);
        return new GenericData.Fixed(schema, fixed);
    }

    private static MessageTopics.Out avro(Schema schema, GenericRecord record) throws Exception {
        return new MessageTopics.Out(0, "k".getBytes(StandardCharsets.UTF_8),
                WireFormat.frame(schemaId, serialize(schema, record)), null);
    }

    private static MessageTopics.Out plain(String text) {
        return new MessageTopics.Out(0, null, text.getBytes(StandardCharsets.UTF_8), null);
    }

    static byte[] serialize(Schema schema, GenericRecord record) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
