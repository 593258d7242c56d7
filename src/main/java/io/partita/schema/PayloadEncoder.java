package io.partita.schema;

import io.partita.model.ProduceFormat;
import io.partita.model.RegisteredSchema;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Text as typed to the bytes a producer sends, for one {@link ProduceFormat}. Avro needs the registry schema:
 * its output is framed in the Confluent wire format with the schema's global id. Errors are
 * {@link IllegalArgumentException}s that say what is wrong and where (line/column, JSON path, hex position).
 * Not thread-safe (the Avro writer reuses buffers): one per sending thread.
 */
public final class PayloadEncoder {

    private final ProduceFormat format;
    private final RegisteredSchema schema;
    private final AvroJsonEncoder avro;

    private PayloadEncoder(ProduceFormat format, RegisteredSchema schema, AvroJsonEncoder avro) {
        this.format = format;
        this.schema = schema;
        this.avro = avro;
    }

    /** An encoder for every format but Avro. */
    public static PayloadEncoder of(ProduceFormat format) {
        if (format == ProduceFormat.AVRO) {
            throw new IllegalArgumentException("Avro needs a schema: choose a subject");
        }
        return new PayloadEncoder(format, null, null);
    }

    /** An Avro encoder for a registered schema (must be of type AVRO). */
    public static PayloadEncoder avro(RegisteredSchema schema) {
        if (!"AVRO".equalsIgnoreCase(schema.schemaType())) {
            throw new IllegalArgumentException("subject " + schema.subject() + " holds a " + schema.schemaType()
                    + " schema, not Avro");
        }
        return new PayloadEncoder(ProduceFormat.AVRO, schema, new AvroJsonEncoder(AvroSchemas.parse(schema.schema())));
    }

    public ProduceFormat format() {
        return format;
    }

    /** The registry schema of an Avro encoder, null otherwise. */
    public RegisteredSchema schema() {
        return schema;
    }

    /** The bytes to send; null for {@link ProduceFormat#NULL}. */
    public byte[] encode(String text) {
        return switch (format) {
            case NULL -> null;
            case STRING -> text.getBytes(StandardCharsets.UTF_8);
            case JSON -> {
                AvroJsonEncoder.parseJson(text);
                yield text.getBytes(StandardCharsets.UTF_8);
            }
            case AVRO -> WireFormat.frame(schema.id(), avro.encode(text));
            case HEX -> hex(text);
            case BASE64 -> base64(text);
        };
    }

    /** Hex digits to bytes; spaces, colons and a leading 0x are allowed. */
    public static byte[] hex(String text) {
        String t = text.strip();
        if (t.startsWith("0x") || t.startsWith("0X")) {
            t = t.substring(2);
        }
        StringBuilder digits = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.digit(c, 16) >= 0) {
                digits.append(c);
            } else if (!Character.isWhitespace(c) && c != ':') {
                throw new IllegalArgumentException("not hex: '" + c + "' at position " + (i + 1));
            }
        }
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("not hex: an odd number of digits (" + digits.length() + ")");
        }
        return HexFormat.of().parseHex(digits);
    }

    /** Standard or URL-safe base64, whitespace ignored, padding optional. */
    public static byte[] base64(String text) {
        String t = text.replaceAll("\\s+", "");
        try {
            return t.indexOf('-') >= 0 || t.indexOf('_') >= 0 ? Base64.getUrlDecoder().decode(t)
                    : Base64.getDecoder().decode(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64: " + e.getMessage(), e);
        }
    }

    /** Bytes as lower-case hex pairs separated by spaces (how a replayed binary payload is shown for editing). */
    public static String toHex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes);
    }
}
