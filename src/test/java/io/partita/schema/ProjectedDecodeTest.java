package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.bench.MessagesBench;
import io.partita.filter.RecordFilter;
import io.partita.model.DataFormat;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.KafkaMessage;
import io.partita.model.Projection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A search decodes each record only as far as its filter looks: the parts kept must equal a full decode, the
 * parts left out must not change what the filter says, and broken bodies must fail exactly as before.
 */
class ProjectedDecodeTest {

    private static Schema schema;
    private static List<byte[]> pool;
    private static TreeDatumReader full;

    @BeforeAll
    static void corpus() throws Exception {
        String text = new String(ProjectedDecodeTest.class.getResourceAsStream("/io/partita/sandbox/demo-order.avsc")
                .readAllBytes(), StandardCharsets.UTF_8);
        schema = AvroSchemas.parse(text);
        pool = MessagesBench.pool(schema, 1, 500);
        full = new TreeDatumReader(schema);
    }

    private static Object read(TreeDatumReader reader, byte[] framed) throws IOException {
        AvroCursor cursor = new AvroCursor().reset(framed, 5, framed.length - 5);
        Object tree = reader.read(cursor);
        assertThat(cursor.atEnd()).as("the whole body is consumed").isTrue();
        return tree;
    }

    /** The full tree cut down to what a projection names: what a projected reader must build. */
    @SuppressWarnings("unchecked")
    private static Object restrict(Object tree, Projection p) {
        if (p.isWhole() || tree == null) {
            return tree;
        }
        if (tree instanceof List<?> list) {
            Projection items = p.child(Projection.ELEMENTS);
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(items == null ? null : restrict(item, items)));
            return out;
        }
        if (tree instanceof RecordMap record) {
            Map<String, Object> out = new LinkedHashMap<>();
            record.forEach((name, value) -> {
                Projection child = p.child(name);
                if (child != null) {
                    out.put(name, restrict(value, child));
                }
            });
            return out;
        }
        if (tree instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            Projection any = p.anyChild();
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, restrict(v, any)));
            return out;
        }
        return tree;
    }

    @Test
    void keepsExactlyTheNamedPartsAndTheyEqualAFullDecode() throws Exception {
        List<Projection> projections = List.of(
                Projection.path("customerId"),
                Projection.path("items", Projection.ELEMENTS, "quantity")
                        .merge(Projection.path("shipping", "city")),
                Projection.path("items"),
                Projection.path("attributes", "channel"),
                Projection.path("coupon").merge(Projection.path("createdAt")).merge(Projection.path("total")),
                Projection.path("status", "deeper"));
        for (Projection p : projections) {
            TreeDatumReader projected = new TreeDatumReader(schema, p);
            for (byte[] framed : pool) {
                Object tree = read(projected, framed);
                assertThat(tree).as("%s", p).isEqualTo(restrict(read(full, framed), p));
            }
        }
        Object sample = read(new TreeDatumReader(schema, Projection.path("shipping", "city")), pool.get(0));
        assertThat(((Map<?, ?>) sample).keySet()).hasToString("[shipping]");
        assertThat(((Map<?, ?>) ((Map<?, ?>) sample).get("shipping")).keySet()).hasToString("[city]");
    }

    @Test
    void aFilterSaysTheSameOnTheProjectedTreeAsOnTheFullOne() throws Exception {
        List<String> expressions = List.of(
                "value.items[0].quantity == 5 && value.shipping.city == \"Berlin\"",
                "value.items[-1].quantity >= 4 || value.coupon == null",
                "size(value.items) == 3 && value.total > 500",
                "value.attributes.campaign in [\"autumn-1\", \"autumn-7\"]",
                "exists(value.items[2]) && !(value.customerId endsWith \"7\")",
                "value.createdAt > \"2026-01-06T00:00:00Z\" && value.items[1].unitPrice < 20",
                "lower(value.status) == \"paid\" && value.items[0].sku matches \"^SKU-1\"",
                "partition == 0 || offset > 100");
        for (String expression : expressions) {
            RecordFilter filter = RecordFilter.compile(expression);
            TreeDatumReader projected = filter.valueNeeds() == null ? null
                    : new TreeDatumReader(schema, filter.valueNeeds());
            int matches = 0;
            for (int i = 0; i < pool.size(); i++) {
                byte[] framed = pool.get(i);
                boolean expected = filter.test(message(i, framed, read(full, framed)));
                Object tree = projected == null ? null : read(projected, framed);
                assertThat(filter.test(message(i, framed, tree))).as("%s on record %d", expression, i)
                        .isEqualTo(expected);
                matches += expected ? 1 : 0;
            }
            assertThat(matches).as("%s matches some records, not all", expression).isBetween(1, pool.size() - 1);
        }
    }

    private static DecodedMessage message(int i, byte[] framed, Object tree) {
        KafkaMessage m = new KafkaMessage("t", i % 3, i, 1_767_225_600_000L + i, KafkaMessage.TimestampType.CREATE_TIME,
                null, framed, List.of());
        return new DecodedMessage(m, DecodedValue.ABSENT, new DecodedValue.Decoded(DataFormat.AVRO, tree, null));
    }

    @Test
    void brokenBodiesFailWithAProjectionAsWithoutOne() throws Exception {
        List<TreeDatumReader> readers = List.of(new TreeDatumReader(schema, null),
                new TreeDatumReader(schema, Projection.path("customerId")),
                new TreeDatumReader(schema, Projection.path("items", Projection.ELEMENTS, "quantity")));
        byte[] framed = pool.get(3);
        for (TreeDatumReader reader : readers) {
            assertThat(read(reader, framed)).isEqualTo(reader == readers.get(0) ? null : read(reader, framed));
            for (int cut = 6; cut < framed.length; cut += 7) {
                byte[] truncated = Arrays.copyOf(framed, cut);
                assertThatThrownBy(() -> read(full, truncated)).isInstanceOf(IOException.class);
                assertThatThrownBy(() -> read(reader, truncated)).as("cut at %d", cut)
                        .isInstanceOf(IOException.class);
            }
            byte[] longer = Arrays.copyOf(framed, framed.length + 3);
            AvroCursor cursor = new AvroCursor().reset(longer, 5, longer.length - 5);
            reader.read(cursor);
            assertThat(cursor.atEnd()).as("bytes left over are noticed").isFalse();
        }
        // The status enum is the 4th field: an out-of-range symbol fails even where the enum is only passed over.
        byte[] badEnum = framed.clone();
        int at = statusOffset(framed);
        badEnum[at] = 0x7e;
        assertThatThrownBy(() -> read(new TreeDatumReader(schema, null), badEnum)).hasMessageContaining("enum");
    }

    /** Where the status byte sits: after orderId (string), customerId (string) and createdAt (long). */
    private static int statusOffset(byte[] framed) throws IOException {
        AvroCursor c = new AvroCursor().reset(framed, 5, framed.length - 5);
        c.skipLengthPrefixed();
        c.skipLengthPrefixed();
        c.skipVarint();
        int before = framed.length - 5 - remaining(c, framed);
        return 5 + before;
    }

    private static int remaining(AvroCursor c, byte[] framed) throws IOException {
        int n = 0;
        while (!c.atEnd()) {
            c.skip(1);
            n++;
        }
        return n;
    }
}
