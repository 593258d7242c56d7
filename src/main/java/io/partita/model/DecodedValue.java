package io.partita.model;

import java.util.Objects;
import java.util.function.Supplier;

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
     * <p>
     * The text may be written only when first asked for ({@link #deferred}): the decoder checked the whole body
     * against its schema (so a record that fails is {@link Failed}, counted, and tinted like any other), and a row
     * that is dropped or never scrolled into view never has its text written. Equal previews have equal texts.
     */
    final class Preview implements DecodedValue {
        private final DataFormat format;
        private final SchemaRef schema;
        private volatile String text;
        private volatile Supplier<String> render;

        /**
         * @param schema the registry schema for Avro, null otherwise
         */
        public Preview(DataFormat format, String text, SchemaRef schema) {
            this.format = Objects.requireNonNull(format);
            this.text = Objects.requireNonNull(text);
            this.schema = schema;
        }

        private Preview(DataFormat format, Supplier<String> render, SchemaRef schema) {
            this.format = format;
            this.render = render;
            this.schema = schema;
        }

        /**
         * A preview whose text {@code render} writes on first use, on whichever thread asks (it must be safe to call
         * from any thread, and may be called more than once if two ask at the same moment).
         */
        public static Preview deferred(DataFormat format, Supplier<String> render,
                                       SchemaRef schema) {
            return new Preview(format, Objects.requireNonNull(render), schema);
        }

        @Override
        public DataFormat format() {
            return format;
        }

        public String text() {
            String shown = text;
            if (shown == null) {
                Supplier<String> writer = render;
                if (writer == null) {
                    return text; // another thread wrote it meanwhile (the text is set before the writer is let go)
                }
                shown = writer.get();
                text = shown;
                render = null;
            }
            return shown;
        }

        public SchemaRef schema() {
            return schema;
        }

        /** Whether the text was written already (for tests and benchmarks). */
        public boolean rendered() {
            return text != null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Preview p && format == p.format && Objects.equals(schema, p.schema)
                    && text().equals(p.text());
        }

        @Override
        public int hashCode() {
            return Objects.hash(format, schema, text());
        }

        @Override
        public String toString() {
            return "Preview[format=" + format + ", text=" + (text == null ? "(not written yet)" : text)
                    + ", schema=" + schema + "]";
        }
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
