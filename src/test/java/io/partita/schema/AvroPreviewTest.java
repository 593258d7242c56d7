package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.bench.MessagesBench;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.util.RandomData;
import org.junit.jupiter.api.Test;

/**
 * The table's previews of Avro records, written from the bytes without a tree, must be exactly the tree's compact
 * JSON cut at the same place, and must fail wherever the tree's reader fails.
 */
class AvroPreviewTest {

    private static final int[] LIMITS = {0, 1, 2, 7, 40, 99, 300, 301, 1000, 1 << 20};

    /** Recursion, unions of every shape, maps of arrays, floats, bytes and fixed, enums. */
    private static final String SHAPES = """
            {"type": "record", "name": "Node", "fields": [
              {"name": "label", "type": "string"},
              {"name": "weight", "type": ["null", "double", "float", "long", "boolean"]},
              {"name": "children", "type": {"type": "array", "items": "Node"}},
              {"name": "next", "type": ["null", "Node"]},
              {"name": "tags", "type": {"type": "map", "values": {"type": "array", "items": "int"}}},
              {"name": "blob", "type": "bytes"},
              {"name": "hash", "type": {"type": "fixed", "name": "Hash", "size": 4}},
              {"name": "kind", "type": {"type": "enum", "name": "Kind", "symbols": ["LEAF", "BRANCH", "ROOT"]}},
              {"name": "nothing", "type": "null"}
            ]}""";

    private static byte[] encode(Schema schema, Object datum) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<>(schema).write(datum, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    /** The preview's text and whether it was cut, or why it did not come: "unsupported" or "failed". */
    private static String preview(AvroPreview writer, byte[] body, int limit) {
        AvroCursor cursor = new AvroCursor().reset(body, 0, body.length);
        CompactJson out = new CompactJson(0).reset(limit);
        try {
            writer.write(cursor, out);
        } catch (AvroPreview.Unsupported e) {
            return "unsupported";
        } catch (Exception e) {
            return "failed";
        }
        if (!cursor.atEnd()) {
            return "failed";
        }
        ValueJson.Rendered r = out.result();
        return r.text() + (r.truncated() ? " [cut]" : "");
    }

    /** The same from the tree, as the table made it before: read in full, then written by CompactJson. */
    private static String fromTree(TreeDatumReader reader, byte[] body, int limit) {
        AvroCursor cursor = new AvroCursor().reset(body, 0, body.length);
        Object tree;
        try {
            tree = reader.read(cursor);
        } catch (Exception e) {
            return "failed";
        }
        if (!cursor.atEnd()) {
            return "failed";
        }
        ValueJson.Rendered r = ValueJson.limited(tree, false, limit);
        return r.text() + (r.truncated() ? " [cut]" : "");
    }

    private static void sameTextAtEveryLimit(Schema schema, List<byte[]> bodies) {
        AvroPreview writer = new AvroPreview(schema);
        TreeDatumReader reader = new TreeDatumReader(schema);
        for (byte[] body : bodies) {
            for (int limit : LIMITS) {
                String expected = fromTree(reader, body, limit);
                assertThat(expected).isNotEqualTo("failed");
                assertThat(preview(writer, body, limit)).as("limit %d", limit).isEqualTo(expected);
            }
        }
    }

    private static List<byte[]> random(Schema schema, int count, long seed) throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        for (Object datum : new RandomData(schema, count, seed)) {
            bodies.add(encode(schema, datum));
        }
        return bodies;
    }

    @Test
    void theOrderTopicsPreviewsAreTheTreesTextAtEveryLimit() throws Exception {
        Schema schema = AvroSchemas.parse(new String(getClass().getResourceAsStream(
                "/io/partita/sandbox/demo-order.avsc").readAllBytes(), StandardCharsets.UTF_8));
        List<byte[]> bodies = new ArrayList<>();
        for (byte[] framed : MessagesBench.pool(schema, 1, 300)) {
            bodies.add(java.util.Arrays.copyOfRange(framed, WireFormat.HEADER_SIZE, framed.length));
        }
        bodies.addAll(random(schema, 200, 11));
        sameTextAtEveryLimit(schema, bodies);
    }

    @Test
    void everyLogicalTypeIsRenderedAsTheTreeRendersIt() throws Exception {
        Schema schema = AvroSchemas.parse(AvroCorpusSandboxTest.SCHEMA);
        List<byte[]> bodies = new ArrayList<>();
        bodies.add(encode(schema, AvroCorpusSandboxTest.first(schema)));
        bodies.add(encode(schema, AvroCorpusSandboxTest.second(schema)));
        bodies.addAll(random(schema, 300, 12));
        sameTextAtEveryLimit(schema, bodies);
    }

    @Test
    void recursionUnionsMapsFloatsBytesAndEnumsMatchTheTree() throws Exception {
        Schema schema = new Schema.Parser().parse(SHAPES);
        List<byte[]> bodies = random(schema, 300, 13);
        GenericRecord leaf = node(schema, "leaf \"quoted\" \\ back\tslash\u0001\u001f é ✓ 😀", Double.NaN);
        GenericRecord root = node(schema, "root", Float.NEGATIVE_INFINITY);
        root.put("children", List.of(leaf, node(schema, "", 1.5e-300)));
        root.put("next", node(schema, "x".repeat(500), -0.0f));
        Map<String, List<Integer>> tags = new LinkedHashMap<>();
        tags.put("a", List.of(1, -2, Integer.MAX_VALUE));
        tags.put("quote\"d", List.of());
        root.put("tags", tags);
        bodies.add(encode(schema, root));
        sameTextAtEveryLimit(schema, bodies);
    }

    private static GenericRecord node(Schema schema, String label, Object weight) {
        GenericRecord r = new GenericData.Record(schema);
        r.put("label", label);
        r.put("weight", weight);
        r.put("children", List.of());
        r.put("next", null);
        r.put("tags", Map.of());
        r.put("blob", ByteBuffer.wrap(new byte[] {0, -1, 2}));
        r.put("hash", new GenericData.Fixed(schema.getField("hash").schema(), new byte[] {1, 2, 3, 4}));
        r.put("kind", new GenericData.EnumSymbol(schema.getField("kind").schema(), "LEAF"));
        return r;
    }

    @Test
    void invalidUtf8InStringsIsShownAsTheTreeShowsIt() throws Exception {
        Schema schema = new Schema.Parser().parse("""
                {"type": "record", "name": "R", "fields": [{"name": "s", "type": "string"}]}""");
        for (byte[] raw : List.of(new byte[] {'a', (byte) 0xff, 'b'}, new byte[] {(byte) 0xc3}, new byte[] {
                (byte) 0xe2, (byte) 0x9c}, new byte[] {'"', (byte) 0xc0, (byte) 0xaf, '\n'})) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(body, null);
            encoder.writeBytes(raw);
            encoder.flush();
            sameTextAtEveryLimit(schema, List.of(body.toByteArray()));
        }
    }

    @Test
    void aMapKeyWrittenTwiceOrANonAsciiKeyIsLeftToTheTree() throws Exception {
        Schema schema = new Schema.Parser().parse("""
                {"type": "record", "name": "R", "fields": [{"name": "m", "type": {"type": "map", "values": "int"}}]}""");
        AvroPreview writer = new AvroPreview(schema);
        ByteArrayOutputStream twice = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(twice, null);
        encoder.writeMapStart();
        encoder.setItemCount(3);
        List<String> keys = List.of("k", "other", "k");
        for (int i = 0; i < keys.size(); i++) {
            encoder.startItem();
            encoder.writeString(keys.get(i));
            encoder.writeInt(i);
        }
        encoder.writeMapEnd();
        encoder.flush();
        // The tree keeps one "k", in the first place, with the last value: a text written as read would differ.
        assertThat(fromTree(new TreeDatumReader(schema), twice.toByteArray(), 300)).isEqualTo("{\"m\":{\"k\":2,"
                + "\"other\":1}}");
        assertThat(preview(writer, twice.toByteArray(), 300)).isEqualTo("unsupported");
        // Cut before the map is shown, the repeat changes nothing shown: the preview is made.
        assertThat(preview(writer, twice.toByteArray(), 3)).isEqualTo("{\"m [cut]");
        Map<String, Integer> accented = Map.of("clé", 1);
        assertThat(preview(writer, encode(schema, record(schema, accented)), 300)).isEqualTo("unsupported");
    }

    private static GenericRecord record(Schema schema, Map<String, Integer> m) {
        GenericRecord r = new GenericData.Record(schema);
        r.put("m", m);
        return r;
    }

    /**
     * Every truncation and many single-byte corruptions of real bodies: where the tree's reader fails, so does the
     * preview (then the decoder asks the tree why); where the preview is made, it is the tree's text.
     */
    @Test
    void brokenBodiesFailWhereTheTreeFails() throws Exception {
        Schema schema = AvroSchemas.parse(AvroCorpusSandboxTest.SCHEMA);
        List<byte[]> bodies = new ArrayList<>(List.of(encode(schema, AvroCorpusSandboxTest.first(schema)),
                encode(schema, AvroCorpusSandboxTest.second(schema))));
        Schema shapes = new Schema.Parser().parse(SHAPES);
        AvroPreview[] writers = {new AvroPreview(schema), new AvroPreview(shapes)};
        TreeDatumReader[] readers = {new TreeDatumReader(schema), new TreeDatumReader(shapes)};
        List<byte[]> shapeBodies = random(shapes, 20, 14);
        Random random = new Random(15);
        int failures = 0;
        int checked = 0;
        for (int s = 0; s < 2; s++) {
            for (byte[] body : s == 0 ? bodies : shapeBodies) {
                List<byte[]> broken = new ArrayList<>();
                for (int cut = 0; cut < body.length; cut++) {
                    broken.add(java.util.Arrays.copyOf(body, cut));
                }
                for (int i = 0; i < 200; i++) {
                    byte[] corrupt = body.clone();
                    corrupt[random.nextInt(corrupt.length)] = (byte) random.nextInt(256);
                    broken.add(corrupt);
                }
                for (byte[] b : broken) {
                    for (int limit : new int[] {5, 300, 1 << 20}) {
                        String expected = fromTree(readers[s], b, limit);
                        String actual = preview(writers[s], b, limit);
                        checked++;
                        if (expected.equals("failed")) {
                            failures++;
                            assertThat(actual).as("broken body, limit %d", limit).isIn("failed", "unsupported");
                        } else if (!actual.equals("unsupported")) {
                            assertThat(actual).as("limit %d", limit).isEqualTo(expected);
                        }
                    }
                }
            }
        }
        assertThat(failures).as("the corpus of broken bodies holds failures").isGreaterThan(checked / 4);
    }
}
