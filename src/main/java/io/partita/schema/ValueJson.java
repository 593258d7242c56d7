package io.partita.schema;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.KafkaMessage;
import io.partita.model.MessageHeader;
import io.partita.model.SchemaRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders decoded values as JSON text: compact, pretty, or cut after a number of characters (previews and huge
 * values never render more than they show). Decimals print exactly as they are ({@code 12.90}, never
 * {@code 1.29E+1}). Thread-safe.
 */
public final class ValueJson {

    /**
     * Past this scale (either way) a decimal is written in exponent form: its plain text would be that many digits
     * (a JSON value "1e-999999999" read from a topic is a gigabyte of zeros), and Jackson refuses to write it plain.
     */
    static final int PLAIN_SCALE_LIMIT = 9_999;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .addModule(new SimpleModule().addSerializer(BigDecimal.class, new DecimalWriter()))
            .build();
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ValueJson() {
    }

    /** Writes decimals plain, as the feature above asks, but in exponent form past {@link #PLAIN_SCALE_LIMIT}. */
    private static final class DecimalWriter extends StdSerializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        DecimalWriter() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal d, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (Math.abs(d.scale()) > PLAIN_SCALE_LIMIT) {
                out.writeNumber(d.toString());
            } else {
                out.writeNumber(d);
            }
        }
    }

    /** A decimal as JSON text: plain ({@code 12.90}) unless its scale is past {@link #PLAIN_SCALE_LIMIT}. */
    public static String decimalText(BigDecimal d) {
        return Math.abs(d.scale()) > PLAIN_SCALE_LIMIT ? d.toString() : d.toPlainString();
    }

    /** The JSON-ready form of a key or value: the tree, the text, a number; failed values show their hex. */
    public static Object jsonValue(DecodedValue value) {
        if (value instanceof DecodedValue.Decoded decoded) {
            return decoded.value();
        }
        if (value instanceof DecodedValue.Failed failed) {
            return HexFormat.of().formatHex(failed.raw());
        }
        return null;
    }

    public static String compact(Object tree) {
        try {
            return COMPACT.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String pretty(Object tree) {
        try {
            return PRETTY.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * At most {@code maxChars} of the JSON text; rendering stops as soon as that much is written.
     *
     * @return the text and whether it was cut
     */
    public static Rendered limited(Object tree, boolean pretty, int maxChars) {
        if (!pretty) {
            Rendered fast = CompactJson.limited(tree, maxChars);
            if (fast != null) {
                return fast;
            }
        }
        return limitedByJackson(tree, pretty, maxChars);
    }

    /** {@link #limited} through a Jackson generator: any type Jackson knows. */
    static Rendered limitedByJackson(Object tree, boolean pretty, int maxChars) {
        LimitedWriter out = new LimitedWriter(maxChars);
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
            (pretty ? PRETTY : COMPACT).writeValue(generator, tree);
        } catch (LimitReached e) {
            return new Rendered(out.text(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof LimitReached) {
                return new Rendered(out.text(), true);
            }
            throw e;
        }
        return new Rendered(out.text(), false);
    }

    /** Text and whether it was cut short. */
    public record Rendered(String text, boolean truncated) {
    }

    /**
     * The whole record as one JSON object: what "copy record" puts on the clipboard and the CLI prints.
     * Field names follow {@code partita consume --json}.
     */
    public static Map<String, Object> record(DecodedMessage decoded) {
        KafkaMessage m = decoded.message();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("topic", m.topic());
        json.put("partition", m.partition());
        json.put("offset", m.offset());
        json.put("timestamp", m.instant() == null ? null : m.instant().toString());
        json.put("key", jsonValue(decoded.key()));
        json.put("value", jsonValue(decoded.value()));
        json.put("headers", headers(m.headers()));
        json.put("keyFormat", decoded.key().format().id());
        json.put("valueFormat", decoded.value().format().id());
        SchemaRef schema = decoded.value().schemaRef();
        json.put("valueSchemaId", schema == null ? null : schema.id());
        json.put("error", error(decoded));
        return json;
    }

    /** Header values as text; a repeated header name keeps every value, in order, as an array. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> headers(List<MessageHeader> headers) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (MessageHeader header : headers) {
            String text = header.valueText();
            Object previous = json.get(header.key());
            if (!json.containsKey(header.key())) {
                json.put(header.key(), text);
            } else if (previous instanceof List<?> list) {
                ((List<Object>) list).add(text);
            } else {
                List<Object> values = new ArrayList<>();
                values.add(previous);
                values.add(text);
                json.put(header.key(), values);
            }
        }
        return json;
    }

    /** "key: reason; value: reason", or null when both decoded. */
    public static String error(DecodedMessage decoded) {
        List<String> errors = new ArrayList<>(2);
        if (decoded.key() instanceof DecodedValue.Failed failed) {
            errors.add("key: " + failed.reason());
        }
        if (decoded.value() instanceof DecodedValue.Failed failed) {
            errors.add("value: " + failed.reason());
        }
        return errors.isEmpty() ? null : String.join("; ", errors);
    }

    private static final class LimitReached extends IOException {
        private static final long serialVersionUID = 1L;

        LimitReached() {
            super("limit reached", null);
        }
    }

    private static final class LimitedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final int max;

        LimitedWriter(int max) {
            this.max = max;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            int room = max - text.length();
            if (len > room) {
                text.append(chars, off, Math.max(0, room));
                throw new LimitReached();
            }
            text.append(chars, off, len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        String text() {
            return text.toString();
        }
    }
}
