package io.partita.schema;

import io.partita.model.DecodedValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The writers a previewing {@link MessageDecoder} hands out with its deferred previews: each writes the text of a key
 * or value from its bytes (which may lie anywhere in a larger array) when a row first shows it, on whichever thread
 * asks.
 * One writer serves every value of its kind: JSON and text of one preview length here, Avro per writer schema,
 * preview length and body offset ({@link Avro}). They hold nothing of a value.
 */
final class PreviewWriters {

    final int maxChars;
    /** For a JSON value {@link MessageDecoder#validJson} passed: its tree read again, then cut. */
    final DecodedValue.Preview.Writer json;
    /** For a value {@link Bytes#isUtf8Text} found to be text. */
    final DecodedValue.Preview.Writer text;

    PreviewWriters(int maxChars) {
        this.maxChars = maxChars;
        this.json = (buffer, from, to) -> {
            try {
                return Previews.text(MessageDecoder.json(buffer, from, to), maxChars);
            } catch (DecodeException e) {
                return "⚠ " + e.getMessage(); // only if the check and the tree disagreed
            }
        };
        this.text = (buffer, from, to) -> Previews.text(new String(buffer, from, to - from, StandardCharsets.UTF_8),
                maxChars);
    }

    /**
     * One writer schema's preview checker, and the writers of its deferred previews: one per body offset (framed or
     * bare) and preview length.
     */
    static final class Avro {
        final RegistrySchemas.Entry entry;
        final AvroPreview avro;
        /** Indexed by the body's offset: 0 (a bare body) or {@link WireFormat#HEADER_SIZE} (framed). */
        private final DecodedValue.Preview.Writer[] byOffset =
                new DecodedValue.Preview.Writer[WireFormat.HEADER_SIZE + 1];
        private final int[] chars = new int[WireFormat.HEADER_SIZE + 1];

        Avro(RegistrySchemas.Entry entry) {
            this.entry = entry;
            this.avro = new AvroPreview(entry.avro());
        }

        /** Used by one decoder thread; the writers it hands out may be used by any. */
        DecodedValue.Preview.Writer writer(int offset, int maxChars) {
            DecodedValue.Preview.Writer writer = byOffset[offset];
            if (writer == null || chars[offset] != maxChars) {
                writer = (buffer, from, to) -> text(buffer, from + offset, to, maxChars);
                byOffset[offset] = writer;
                chars[offset] = maxChars;
            }
            return writer;
        }

        /**
         * The preview of a checked record whose body is {@code bytes[from, to)}, written straight from the bytes with
         * a cursor and buffer of its own: the text the tree gives, cut at the same place. Where only the tree shows
         * the record faithfully ({@link AvroPreview.Unsupported}: a map key written twice, a non-ASCII key) the
         * tree's text.
         */
        String text(byte[] bytes, int from, int to, int maxChars) {
            AvroCursor in = new AvroCursor().reset(bytes, from, to - from);
            CompactJson out = new CompactJson(maxChars);
            try {
                avro.write(in, out);
                return Previews.shown(out.result());
            } catch (IOException | RuntimeException | AvroPreview.Unsupported | StackOverflowError e) {
                try {
                    return Previews.text(entry.reader().read(in.reset(bytes, from, to - from)), maxChars);
                } catch (IOException | RuntimeException | StackOverflowError failed) {
                    // The body was checked when it was read: only a schema that changed under it could get here.
                    return "⚠ " + (failed instanceof Exception ex ? MessageDecoder.describe(ex)
                            : "nested too deeply to show");
                }
            }
        }
    }
}
