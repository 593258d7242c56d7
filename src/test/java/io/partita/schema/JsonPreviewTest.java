package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.model.DataFormat;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.FormatChoice;
import io.partita.model.KafkaMessage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A previewing decoder checks a JSON value without building its tree and writes the preview when it is first asked
 * for. Against the tree's way (decode, then cut), for random documents and thousands of broken ones: the same
 * format (JSON, else text, else hex in auto mode; a failure with the same reason when JSON is chosen), the same text.
 */
class JsonPreviewTest {

    private static final int PREVIEW = 300;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final MessageDecoder decoder = new MessageDecoder(new RegistrySchemas(null));
    private final Random random = new Random(20261126);

    private Object value(int depth) {
        int kind = random.nextInt(depth > 4 ? 6 : 8);
        return switch (kind) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextInt(3) == 0 ? new BigInteger(90, random).negate() : (Object) random.nextLong();
            case 3 -> new BigDecimal(BigInteger.valueOf(random.nextInt()), random.nextInt(12) - 4);
            case 4 -> random.nextInt(4) == 0 ? random.nextDouble() * 1e300 : (Object) (random.nextInt(1000) / 8.0);
            case 5 -> text();
            case 6 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    list.add(value(depth + 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(6); i > 0; i--) {
                    map.put(text(), value(depth + 1));
                }
                yield map;
            }
        };
    }

    private String text() {
        String[] parts = {"a", "order", " ", "\"", "\\", "\n", "\t", "ü", "€", "𝄞", "\u0001", "/", "{", "]"};
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(parts[random.nextInt(parts.length)]);
        }
        return text.toString();
    }

    /** Broken in one of the ways bytes on a topic get broken. */
    private byte[] broken(byte[] json) {
        byte[] out = json.clone();
        switch (random.nextInt(6)) {
            case 0 -> out = java.util.Arrays.copyOf(json, random.nextInt(json.length));
            case 1 -> out[random.nextInt(out.length)] = (byte) random.nextInt(256);
            case 2 -> {
                byte[][] bad = {{(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0,
                        (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {'\n'}, {0}};
                byte[] insert = bad[random.nextInt(bad.length)];
                int at = random.nextInt(out.length);
                byte[] grown = new byte[out.length + insert.length];
                System.arraycopy(out, 0, grown, 0, at);
                System.arraycopy(insert, 0, grown, at, insert.length);
                System.arraycopy(out, at, grown, at + insert.length, out.length - at);
                out = grown;
            }
            case 3 -> out = concat(json, random.nextBoolean() ? " x" : random.nextBoolean() ? "{}" : " \n ");
            case 4 -> {
                int at = random.nextInt(out.length);
                out = concat(java.util.Arrays.copyOf(json, at), "1e9999999999" + new String(json, at, json.length - at,
                        StandardCharsets.ISO_8859_1));
            }
            default -> {
                for (int i = random.nextInt(3) + 1; i > 0; i--) {
                    out[random.nextInt(out.length)] = (byte) "{}[],:\"0e-.tn ".charAt(random.nextInt(14));
                }
            }
        }
        return out;
    }

    private static byte[] concat(byte[] a, String b) {
        byte[] tail = b.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = java.util.Arrays.copyOf(a, a.length + tail.length);
        System.arraycopy(tail, 0, out, a.length, tail.length);
        return out;
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private void assertSame(byte[] bytes, FormatChoice choice) {
        KafkaMessage m = new KafkaMessage("t", 0, 0, 0, KafkaMessage.TimestampType.CREATE_TIME, null, bytes, List.of());
        DecodedValue tree = Previews.of(decoder.decode(m, FormatChoice.AUTO, choice).value(), PREVIEW);
        DecodedMessage previewed = decoder.preview(m, FormatChoice.AUTO, choice, PREVIEW);
        DecodedValue shown = previewed.value();
        String what = choice.mode() + " " + new String(bytes, StandardCharsets.ISO_8859_1);
        if (tree instanceof DecodedValue.Failed failed) {
            assertThat(shown).as(what).isInstanceOf(DecodedValue.Failed.class);
            assertThat(((DecodedValue.Failed) shown).reason()).as(what).isEqualTo(failed.reason());
        } else {
            assertThat(shown).as(what).isInstanceOf(DecodedValue.Preview.class);
            assertThat(shown).as(what).isEqualTo(tree);
        }
    }

    @Test
    void randomAndBrokenDocumentsGetTheTreesFormatAndText() throws Exception {
        int json = 0;
        int notJson = 0;
        for (int i = 0; i < 3_000; i++) {
            Object inner = value(0);
            Object doc = random.nextBoolean() ? inner : java.util.Collections.singletonMap("k", inner);
            byte[] bytes = MAPPER.writeValueAsBytes(doc instanceof Map || doc instanceof List ? doc
                    : java.util.Collections.singletonList(doc));
            for (byte[] candidate : List.of(bytes, broken(bytes), broken(bytes))) {
                if (candidate.length == 0 || candidate[0] == 0) {
                    continue; // a frame header: the registry's way, not this test's
                }
                assertSame(candidate, FormatChoice.AUTO);
                assertSame(candidate, FormatChoice.of(FormatChoice.Mode.JSON));
                boolean valid = MessageDecoder.validJson(candidate, 0);
                if (valid) {
                    json++;
                } else {
                    notJson++;
                }
            }
        }
        assertThat(json).as("valid documents").isGreaterThan(3_000);
        assertThat(notJson).as("broken documents").isGreaterThan(2_000);
    }

    @Test
    void textAndBinaryValuesGetTheTreesFormatAndText() {
        byte[][] pieces = {"key-".getBytes(StandardCharsets.US_ASCII), "order 42 ".getBytes(StandardCharsets.US_ASCII),
                "ü€𝄞".getBytes(StandardCharsets.UTF_8), {'\r', '\n'}, {'\t'}, {0x7f}, {1}, {0}, {(byte) 0xC3},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC2, (byte) 0x85}, {(byte) 0xFF}, {'{'}, {'"'}};
        int text = 0;
        for (int i = 0; i < 5_000; i++) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            // Mostly clean text, sometimes with one bad piece; some past the preview's length.
            boolean clean = random.nextInt(3) > 0;
            for (int n = random.nextInt(random.nextInt(10) == 0 ? 200 : 20); n >= 0; n--) {
                bytes.writeBytes(pieces[random.nextInt(clean ? 5 : pieces.length)]);
            }
            byte[] candidate = bytes.toByteArray();
            if (candidate.length == 0 || candidate[0] == 0) {
                continue;
            }
            assertSame(candidate, FormatChoice.AUTO);
            if (Bytes.utf8Text(candidate) != null) {
                text++;
            }
        }
        assertThat(text).as("values that are text").isBetween(2_000, 4_500);
        byte[] ascii = "key-1".getBytes(StandardCharsets.US_ASCII);
        KafkaMessage m = new KafkaMessage("t", 0, 0, 0, KafkaMessage.TimestampType.CREATE_TIME, ascii, null, List.of());
        DecodedValue.Preview key = (DecodedValue.Preview) decoder.preview(m, FormatChoice.AUTO, FormatChoice.AUTO,
                PREVIEW).key();
        assertThat(key.rendered()).as("a text key is written when shown").isFalse();
        assertThat(key.format()).isEqualTo(DataFormat.TEXT);
        assertThat(key.text()).isEqualTo("key-1");
    }

    @Test
    void edgesOfTheParsersLimitsAndDuplicateKeys() {
        List<String> docs = List.of("{\"a\":1,\"a\":2}", nested(999), nested(1000), nested(1001), nested(5000),
                "[1" + "0".repeat(999) + "]", "[1" + "0".repeat(1000) + "]", "[1" + "0".repeat(1200) + "]",
                "[0." + "1".repeat(1200) + "]", "[1e2147483648]", "[1e-2147483649]", "[1e999999999]",
                "[1.5e-999999999]", "[2e9999]", "[2e10000]", "[-0.0e0]", "[NaN]", "[01]",
                "\uFEFF{\"bom\":true}", "  {\"spaces\":true}  ", "{\"s\":\"" + "x".repeat(40_000) + "\"}",
                "{\"s\":\"" + "x".repeat(100_000) + "\"}", "[" + "1,".repeat(60_000) + "1]", "{}",
                "[]", "[", "{\"a\"}", "{\"a\":}", "[1,]", "{\"a\":1,}", "[\"\\ud800\"]", "[\"\\u00\"]",
                "{\"a\":tru}", "[true false]", "{} {}", "[]]");
        for (String doc : docs) {
            byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
            assertSame(bytes, FormatChoice.AUTO);
            assertSame(bytes, FormatChoice.of(FormatChoice.Mode.JSON));
        }
    }

    @Test
    void aJsonPreviewIsWrittenOnlyWhenAskedFor() {
        byte[] bytes = "{\"orderId\":\"o-1\",\"total\":10.50,\"items\":[1,2]}".getBytes(StandardCharsets.UTF_8);
        KafkaMessage m = new KafkaMessage("t", 0, 0, 0, KafkaMessage.TimestampType.CREATE_TIME, null, bytes, List.of());
        DecodedValue.Preview shown = (DecodedValue.Preview) decoder.preview(m, FormatChoice.AUTO, FormatChoice.AUTO,
                PREVIEW).value();
        assertThat(shown.rendered()).isFalse();
        assertThat(shown.format()).isEqualTo(DataFormat.JSON);
        assertThat(shown.text()).isEqualTo("{\"orderId\":\"o-1\",\"total\":10.50,\"items\":[1,2]}");
        assertThat(((DecodedValue.Preview) decoder.preview(m, FormatChoice.AUTO, FormatChoice.AUTO, 12).value())
                .text()).isEqualTo("{\"orderId\":\"…");

        // A value past the limit is written on the decoder's thread: the UI thread never reads a large value whole.
        byte[] large = ("{\"s\":\"" + "x".repeat(MessageDecoder.DEFERRED_PREVIEW_MAX_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        KafkaMessage big = new KafkaMessage("t", 0, 0, 0, KafkaMessage.TimestampType.CREATE_TIME, null, large,
                List.of());
        DecodedValue.Preview written = (DecodedValue.Preview) decoder.preview(big, FormatChoice.AUTO,
                FormatChoice.AUTO, PREVIEW).value();
        assertThat(written.rendered()).isTrue();
        assertThat(written.text()).startsWith("{\"s\":\"xxx").endsWith("…").hasSize(PREVIEW + 1);
    }

    @Test
    void decimalsWithHugeExponentsAreWrittenInExponentFormEverywhere() {
        byte[] bytes = "{\"tiny\":1.5e-999999999,\"huge\":2e10000,\"fine\":12.90,\"edge\":3e9999}"
                .getBytes(StandardCharsets.UTF_8);
        Object tree = ((DecodedValue.Decoded) decoder.decode(bytes, FormatChoice.AUTO)).value();
        String expected = "{\"tiny\":1.5E-999999999,\"huge\":2E+10000,\"fine\":12.90,\"edge\":3" + "0".repeat(9999)
                + "}";
        assertThat(ValueJson.compact(tree)).isEqualTo(expected);
        assertThat(ValueJson.limited(tree, false, 100_000).text()).isEqualTo(expected);
        assertThat(ValueJson.pretty(tree)).contains("\"tiny\" : 1.5E-999999999", "\"huge\" : 2E+10000",
                "\"fine\" : 12.90");
        assertThat(Previews.text(tree, 60)).isEqualTo(expected.substring(0, 60) + "…");
    }
}
