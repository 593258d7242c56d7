package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast preview writer must print exactly what the Jackson writer prints, cut at the same place. */
class CompactJsonTest {

    private final Random random = new Random(11);

    @Test
    void printsWhatJacksonPrintsForRandomTreesAtEveryLimit() {
        for (int n = 0; n < 3000; n++) {
            Object tree = tree(0);
            String whole = ValueJson.limitedByJackson(tree, false, Integer.MAX_VALUE).text();
            for (int limit : new int[] {0, 1, 7, 40, 300, whole.length() - 1, whole.length(), whole.length() + 5}) {
                if (limit < 0) {
                    continue;
                }
                ValueJson.Rendered fast = CompactJson.limited(tree, limit);
                ValueJson.Rendered jackson = ValueJson.limitedByJackson(tree, false, limit);
                assertThat(fast).as("tree %s at limit %d", whole, limit).isEqualTo(jackson);
            }
        }
    }

    @Test
    void specialValuesMatchToo() {
        List<Object> values = List.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e-7, 1.0E21, Float.NaN, 3.4f,
                new BigDecimal("1E+3"), new BigDecimal("-0.000120"), new BigInteger("123456789012345678901234567890"),
                "tab\there \"quoted\" back\\slash \u0001\u001f\u007f é 😀 / <script>", true, Long.MIN_VALUE);
        for (Object v : values) {
            Map<String, Object> holder = new LinkedHashMap<>();
            holder.put("k\n\"", v);
            assertThat(CompactJson.limited(holder, 1000)).as("%s", v)
                    .isEqualTo(ValueJson.limitedByJackson(holder, false, 1000));
        }
    }

    @Test
    void unknownTypesAreLeftToJackson() {
        Map<String, Object> tree = Map.of("id", java.util.UUID.fromString("7f000001-0000-4000-8000-000000000001"));
        assertThat(CompactJson.limited(tree, 100)).isNull();
        assertThat(ValueJson.limited(tree, false, 100).text())
                .isEqualTo("{\"id\":\"7f000001-0000-4000-8000-000000000001\"}");
    }

    private Object tree(int depth) {
        int kind = random.nextInt(depth > 3 ? 8 : 10);
        switch (kind) {
            case 0: return null;
            case 1: return random.nextBoolean();
            case 2: return random.nextInt();
            case 3: return random.nextLong();
            case 4: return random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
            case 5: return BigDecimal.valueOf(random.nextLong(), random.nextInt(12) - 2);
            case 6:
            case 7: return text();
            case 8: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(6); i > 0; i--) {
                    map.put(text(), tree(depth + 1));
                }
                return map;
            }
            default: {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(6); i > 0; i--) {
                    list.add(tree(depth + 1));
                }
                return list;
            }
        }
    }

    private String text() {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(30); i > 0; i--) {
            int r = random.nextInt(20);
            s.append(r == 0 ? (char) random.nextInt(0x20) : r == 1 ? '"' : r == 2 ? '\\' : r == 3 ? 'é'
                    : r == 4 ? '€' : (char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    @Test
    void numbersAndDecimalsAreWrittenAsJavaWritesThem() {
        java.util.Random random = new java.util.Random(21);
        java.util.List<Long> values = new java.util.ArrayList<>(java.util.List.of(0L, 1L, -1L, 9L, 10L, -10L, 99L,
                Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 999_999_999_999_999_999L,
                1_000_000_000_000_000_000L));
        for (int i = 0; i < 2000; i++) {
            values.add(random.nextLong() >> random.nextInt(64));
        }
        for (long v : values) {
            CompactJson out = new CompactJson(1000);
            out.number(v);
            assertThat(out.result().text()).isEqualTo(Long.toString(v));
            for (int scale : new int[] {0, 1, 2, 3, 7, 18, 19, 25, 64, 65, -1, -3}) {
                CompactJson d = new CompactJson(1000);
                d.decimal(v, scale);
                assertThat(d.result().text()).as("%d scale %d", v, scale)
                        .isEqualTo(java.math.BigDecimal.valueOf(v, scale).toPlainString());
            }
        }
        // A schema's scale (or a JSON exponent) past 9,999 either way: exponent form, never millions of zeros.
        for (int scale : new int[] {9_999, -9_999, 10_000, -10_000, 2_000_000_000, -2_000_000_000}) {
            CompactJson d = new CompactJson(100_000);
            d.decimal(1234, scale);
            java.math.BigDecimal expected = java.math.BigDecimal.valueOf(1234, scale);
            assertThat(d.result().text()).as("scale %d", scale).isEqualTo(Math.abs(scale) > 9_999
                    ? expected.toString() : expected.toPlainString());
            CompactJson tree = new CompactJson(100_000);
            tree.value(expected);
            assertThat(tree.result().text()).isEqualTo(d.result().text());
        }
    }

    @Test
    void instantsAreWrittenAsTheTreeRendersThem() {
        java.util.Random random = new java.util.Random(22);
        for (int i = 0; i < 5000; i++) {
            long millis = i < 2500 ? random.nextLong() % 400_000_000_000_000L : random.nextLong() >> random.nextInt(64);
            CompactJson out = new CompactJson(1000);
            out.instantMillis(millis);
            CompactJson tree = new CompactJson(1000);
            tree.value(LogicalValues.timestampMillis(millis));
            assertThat(out.result().text()).as("%d", millis).isEqualTo(tree.result().text());
        }
    }

    @Test
    void utf8BytesAreWrittenAsTheirStringAtAnyLimit() {
        byte[] text = "tab\there \"q\" \\ é ✓ \u0001 end".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CompactJson whole = new CompactJson(Integer.MAX_VALUE);
        whole.string(new String(text, java.nio.charset.StandardCharsets.UTF_8));
        String expected = whole.result().text();
        assertThat(expected).startsWith("\"tab\\there \\\"q\\\" \\\\ é ✓ \\u0001 end");
        for (int max : new int[] {0, 1, 5, 12, 20, expected.length() - 1, expected.length(), Integer.MAX_VALUE}) {
            CompactJson bytes = new CompactJson(max);
            bytes.utf8(text, 0, text.length);
            CompactJson chars = new CompactJson(max);
            chars.string(new String(text, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(bytes.result()).as("limit %d", max).isEqualTo(chars.result());
        }
        CompactJson unlimited = new CompactJson(Integer.MAX_VALUE);
        unlimited.utf8(text, 0, text.length);
        assertThat(unlimited.result().text()).isEqualTo(expected).endsWith("end\"");
    }
}
