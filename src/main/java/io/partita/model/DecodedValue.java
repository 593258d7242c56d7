package io.partita.model;

/**
 * A key or value after decoding. Decoding never throws: what cannot be read becomes {@link Failed}.
 * <p>
 * The tree in {@link Decoded#value()} is made of plain Java values only, so filters can walk it without rendering
 * text: {@code java.util.Map<String, Object>} (ordered) for records, maps and JSON objects,
 * {@code java.util.List<Object>} for arrays, {@code String}, {@code Boolean}, {@code Integer}, {@code Long},
 * {@code java.math.BigInteger}, {@code Float}, {@code Double}, {@code java.math.BigDecimal} (exact decimals and
 * JSON fractions) and {@code null}. Avro logical types are already rendered (instants and dates as ISO strings,
 * uuids as strings, bytes as base64 strings).
 */
public sealed interface DecodedValue {

    DataFormat format();

    /** Kafka null: a record without a key, or a tombstone value. */
    record Absent() implements DecodedValue {
        @Override
        public DataFormat format() {
            return DataFormat.NONE;
        }
    }

    /**
     * @param schema the registry schema for Avro, null otherwise
     */
    record Decoded(DataFormat format, Object value, SchemaRef schema) implements DecodedValue {
    }

    /**
     * A key or value decoded and checked in full, of which only the text the messages table shows is kept (its
     * compact JSON or text, cut where the table cuts it and then ending with "…"): what a browse that only shows
     * rows hands out, so no tree is built for a record nobody opens. The tree is made again from the raw bytes when
     * it is needed.
     *
     * @param schema the registry schema for Avro, null otherwise
     */
    record Preview(DataFormat format, String text, SchemaRef schema) implements DecodedValue {
    }

    /**
     * @param reason what went wrong, in words ("unknown schema id 42", "registry unreachable: …")
     * @param raw    the bytes as they were read
     * @param schema the schema the bytes point at, when they carry a schema id
     */
    record Failed(String reason, byte[] raw, SchemaRef schema) implements DecodedValue {
        @Override
        public DataFormat format() {
            return DataFormat.HEX;
        }
    }

    DecodedValue ABSENT = new Absent();

    default boolean failed() {
        return this instanceof Failed;
    }

    /** The schema of an Avro value (decoded or not), null for everything else. */
    default SchemaRef schemaRef() {
        if (this instanceof Decoded d) {
            return d.schema();
        }
        if (this instanceof Failed f) {
            return f.schema();
        }
        if (this instanceof Preview p) {
            return p.schema();
        }
        return null;
    }
}
