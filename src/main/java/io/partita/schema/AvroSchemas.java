package io.partita.schema;

import org.apache.avro.Schema;
import org.apache.avro.AvroRuntimeException;

/** Avro schema text to {@link Schema}. Pure and thread-safe (a fresh parser per call: parsers keep state). */
public final class AvroSchemas {

    private AvroSchemas() {
    }

    /** @throws IllegalArgumentException with the parser's reason when the text is not a valid Avro schema */
    public static Schema parse(String schemaText) {
        if (schemaText == null || schemaText.isBlank()) {
            throw new IllegalArgumentException("empty Avro schema");
        }
        try {
            return new Schema.Parser().parse(schemaText);
        } catch (AvroRuntimeException e) {
            throw new IllegalArgumentException("not a valid Avro schema: " + e.getMessage(), e);
        }
    }
}
