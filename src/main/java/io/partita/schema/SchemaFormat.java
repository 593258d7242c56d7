package io.partita.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.Locale;

/**
 * Schema text for people: Avro and JSON Schema re-indented (keys and order as stored, nothing resolved or
 * inlined), Protobuf as it is. Text that does not parse is returned unchanged. Pure.
 */
public final class SchemaFormat {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code "name": value}, the way people write Avro, not Jackson's default {@code "name" : value}. */
    private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private SchemaFormat() {
    }

    public static String pretty(String schemaType, String text) {
        if (text == null) {
            return "";
        }
        String type = schemaType == null ? "AVRO" : schemaType.toUpperCase(Locale.ROOT);
        if (type.equals("PROTOBUF")) {
            return text;
        }
        try {
            JsonNode node = JSON.readTree(text);
            return node == null ? text : PRETTY.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    /** The file name extension people expect for a schema of this type. */
    public static String extension(String schemaType) {
        String type = schemaType == null ? "AVRO" : schemaType.toUpperCase(Locale.ROOT);
        return switch (type) {
            case "JSON" -> ".json";
            case "PROTOBUF" -> ".proto";
            default -> ".avsc";
        };
    }
}
