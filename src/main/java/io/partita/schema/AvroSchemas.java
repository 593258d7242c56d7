package io.partita.schema;

import java.util.LinkedHashSet;
import java.util.List;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/** Avro schema text to {@link Schema}. Pure and thread-safe (a fresh parser per call: parsers keep state). */
public final class AvroSchemas {

    private AvroSchemas() {
    }

    /** @throws IllegalArgumentException with the parser's reason when the text is not a valid Avro schema */
    public static Schema parse(String schemaText) {
        return parse(schemaText, List.of());
    }

    /**
     * Parses a schema that may use named types from referenced schemas (registry references).
     *
     * @param referenced the texts of the referenced schemas, dependencies first
     * @throws IllegalArgumentException with the parser's reason when a text is not a valid Avro schema
     */
    public static Schema parse(String schemaText, List<String> referenced) {
        if (schemaText == null || schemaText.isBlank()) {
            throw new IllegalArgumentException("empty Avro schema");
        }
        try {
            return parseRaw(schemaText, referenced);
        } catch (AvroRuntimeException e) {
            throw new IllegalArgumentException("not a valid Avro schema: " + e.getMessage(), e);
        }
    }

    /** Parses without wrapping Avro's exceptions, for callers that read their details. */
    static Schema parseRaw(String schemaText, List<String> referenced) {
        Schema.Parser parser = new Schema.Parser();
        // The same reference can arrive twice through two paths; defining a name twice is an error in Avro.
        for (String text : new LinkedHashSet<>(referenced)) {
            parser.parse(text);
        }
        return parser.parse(schemaText);
    }
}
