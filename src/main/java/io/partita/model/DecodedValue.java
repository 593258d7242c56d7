package io.partita.model;

import java.util.Objects;

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
        private volatile Writer writer;
        private volatile byte[] bytes;

        /**
         * @param schema the registry schema for Avro, null otherwise
         */
        public Preview(DataFormat format, String text, SchemaRef schema) {
            this.format = Objects.requireNonNull(format);
            this.text = Objects.requireNonNull(text);
            this.schema = schema;
        }

        private Preview(DataFormat format, Writer writer, byte[] bytes, SchemaRef schema) {
            this.format = Objects.requireNonNull(format);
            this.writer = Objects.requireNonNull(writer);
            this.bytes = Objects.requireNonNull(bytes);
            this.schema = schema;
        }

        /**
         * Writes a preview's text from the bytes of the whole key or value, which may lie anywhere in a larger array
         * (a table keeps its rows' bytes packed together). One writer serves many values: it must hold nothing of a
         * value and be safe to call from any thread.
         */
        @FunctionalInterface
        public interface Writer {
            /** @return the text of the value in {@code buffer[from, to)} */
            String write(byte[] buffer, int from, int to);
        }

        /**
         * A preview whose text {@code writer} writes from {@code value} (the whole key or value as read) on first
         * use, on whichever thread asks; two threads asking at the same moment may both write it.
         */
        public static Preview deferred(DataFormat format, Writer writer, byte[] value, SchemaRef schema) {
            return new Preview(format, writer, value, schema);
        }

        /**
         * The writer of a text not written yet, null once written: whoever keeps the value's bytes elsewhere may keep
         * this instead of the preview and write the text from its own copy.
         */
        public Writer writer() {
            return writer;
        }

        @Override
        public DataFormat format() {
            return format;
        }

        public String text() {
            String shown = text;
            if (shown == null) {
                Writer pending = writer;
                byte[] value = bytes;
                if (pending == null || value == null) {
                    return text; // another thread wrote it meanwhile (the text is set before the writer is let go)
                }
                shown = pending.write(value, 0, value.length);
                text = shown;
                writer = null;
                bytes = null;
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
