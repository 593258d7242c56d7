package io.partita.ui.messages;

import io.partita.model.DataFormat;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.FormatChoice;
import io.partita.model.KafkaMessage;
import io.partita.model.SchemaRef;
import io.partita.schema.IsoInstants;
import io.partita.schema.Previews;
import io.partita.schema.ValueJson;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * One row of the messages table: the record's metadata and raw bytes, previews cut at {@value #PREVIEW_CHARS}
 * characters and what the decoding said (format, schema, failure). The decoded tree itself is not kept: 100,000 rows of
 * trees would take gigabytes, while the raw bytes are what a row needs; the detail pane decodes the selected rows again
 * (cheap).
 * <p>
 * A row's metadata, key, value and header values lie in a large array shared with the rows packed after it
 * ({@link RowBytes}); what rows have in common (topic, header keys, formats, schema text) is a {@link Kind} shared with
 * the rows that have the same; and a preview not yet written is kept as its writer (shared by all rows of a schema),
 * which writes it from those bytes when the row is first shown (a few microseconds, on the UI thread). The table's
 * lists keep these as columns ({@link RowColumns}) and make a row object only when one is asked for: a row is a view
 * of its place in an array, equal to every other row made from the same place. A table streaming a million records
 * keeps 100,000 rows that are all young when the collector runs, and each young object alive then is copied: as a
 * record, its two arrays and its previews a row was eight objects and ~530 bytes; packed, one object of 32 bytes; as
 * columns, no object. Built on the reader thread from the previews the decoder threads made (the table's sink asks
 * for them, {@link BatchHandoff#previewChars()}).
 */
public final class MessageRow {

    /** How much of a key or value a row keeps; the reader is asked for previews of this length. */
    public static final int PREVIEW_CHARS = 300;
    private static final KafkaMessage.TimestampType[] TIMESTAMP_TYPES = KafkaMessage.TimestampType.values();

    /**
     * What rows share: a browse has a handful of these for a million rows (a failed row has its own). Header keys are
     * compared as arrays, which {@link RowBytes#headerKeys} shares between rows with the same keys.
     */
    record Kind(String topic, String[] headerKeys, FormatChoice keyFormat, FormatChoice valueFormat,
                String schemaText, String failure) {
    }

    /**
     * The metadata, key, value and headers' values from {@link #at} ({@link RowBytes}); shared, never changed: with
     * {@code at}, what tells rows apart ({@link #equals}).
     */
    private final byte[] bytes;
    private final int at;
    private final Kind kind;
    /**
     * A String, or the {@link DecodedValue.Preview.Writer} of a text not written yet. Replaced by the text when it is
     * written; not volatile: a thread that misses the text writes it again (the same text), and a String is safe to
     * hand over without a lock.
     */
    private Object keyPreview;
    private Object valuePreview;

    /** A row with bytes of its own (tests, a few rows); a browse packs its rows' bytes with {@link RowBytes}. */
    public MessageRow(DecodedMessage decoded, FormatChoice keyFormat, FormatChoice valueFormat) {
        this(decoded, keyFormat, valueFormat, new RowBytes(1));
    }

    MessageRow(DecodedMessage decoded, FormatChoice keyFormat, FormatChoice valueFormat, RowBytes packed) {
        this.kind = kindOf(decoded, keyFormat, valueFormat, packed);
        this.bytes = packed.array();
        this.at = packed.at();
        this.keyPreview = preview(decoded.key());
        this.valuePreview = preview(decoded.value());
    }

    /** The row kept as columns ({@link RowColumns}). */
    MessageRow(byte[] bytes, int at, Kind kind, Object keyPreview, Object valuePreview) {
        this.bytes = bytes;
        this.at = at;
        this.kind = kind;
        this.keyPreview = keyPreview;
        this.valuePreview = valuePreview;
    }

    /**
     * Copies the record's bytes into {@code packed} ({@link RowBytes#array()} and {@link RowBytes#at()} say where) and
     * returns what the row shares with others ({@link RowBytes#kind}).
     */
    static Kind kindOf(DecodedMessage decoded, FormatChoice keyFormat, FormatChoice valueFormat, RowBytes packed) {
        KafkaMessage message = decoded.message();
        packed.copy(message);
        return packed.kind(new Kind(message.topic(), packed.headerKeys(message.headers()), keyFormat, valueFormat,
                schemaText(decoded), ValueJson.error(decoded)));
    }

    byte[] bytes() {
        return bytes;
    }

    int at() {
        return at;
    }

    Kind kind() {
        return kind;
    }

    /** The key's preview as this row holds it: its text, or the writer of it. */
    Object keyPreviewHeld() {
        return keyPreview;
    }

    Object valuePreviewHeld() {
        return valuePreview;
    }

    /** Rows made from the same place in the same array are the same row. */
    @Override
    public boolean equals(Object o) {
        return o instanceof MessageRow row && row.bytes == bytes && row.at == at;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(bytes) * 31 + at;
    }

    @Override
    public String toString() {
        return "row " + partition() + "@" + offset();
    }

    private MessageRow(KafkaMessage message, String keyPreview, String valuePreview, String schemaText) {
        RowBytes own = new RowBytes(1);
        own.copy(message);
        this.bytes = own.array();
        this.at = 0;
        this.kind = new Kind(message.topic(), new String[0], null, null, schemaText, null);
        this.keyPreview = keyPreview;
        this.valuePreview = valuePreview;
    }

    /**
     * Made-up row {@code n}, holding the characters real rows show (digits, letters, JSON punctuation) in an order
     * that changes with n, decoding nothing: for laying out a table ahead of its first records.
     */
    static MessageRow sample(int n) {
        StringBuilder printable = new StringBuilder();
        for (int i = 0; i <= '~' - ' '; i++) {
            printable.append((char) (' ' + (i + n) % ('~' - ' ' + 1)));
        }
        return new MessageRow(new KafkaMessage("sample", n % 6, 1_234_567_890L + n, 1_767_225_600_000L + n * 1_001L,
                KafkaMessage.TimestampType.CREATE_TIME, null, null, List.of()),
                "key-" + n, "{\"sample\":\"" + printable + "\"}", n % 7 + " · sample-value v1");
    }

    /** The record as read, its bytes copied out of the shared array (for the detail pane, exports). */
    public KafkaMessage message() {
        int keySize = keySize();
        int valueSize = valueSize();
        int keyAt = at + RowBytes.META;
        byte[] key = keySize < 0 ? null : Arrays.copyOfRange(bytes, keyAt, keyAt + keySize);
        int valueAt = keyAt + Math.max(0, keySize);
        byte[] value = valueSize < 0 ? null : Arrays.copyOfRange(bytes, valueAt, valueAt + valueSize);
        return new KafkaMessage(kind.topic(), partition(), offset(), timestamp(), timestampType(), key, value,
                RowBytes.headers(bytes, valueAt + Math.max(0, valueSize), kind.headerKeys()));
    }

    private int keySize() {
        return RowBytes.intAt(bytes, at + RowBytes.KEY_SIZE);
    }

    private int valueSize() {
        return RowBytes.intAt(bytes, at + RowBytes.VALUE_SIZE);
    }

    private long timestamp() {
        return RowBytes.longAt(bytes, at + RowBytes.TIMESTAMP);
    }

    private KafkaMessage.TimestampType timestampType() {
        return TIMESTAMP_TYPES[bytes[at + RowBytes.TYPE]];
    }

    /** How the row was decoded, so the detail pane decodes it the same way. */
    public FormatChoice keyFormat() {
        return kind.keyFormat();
    }

    public FormatChoice valueFormat() {
        return kind.valueFormat();
    }

    public int partition() {
        return RowBytes.intAt(bytes, at + RowBytes.PARTITION);
    }

    public long offset() {
        return RowBytes.longAt(bytes, at + RowBytes.OFFSET);
    }

    /** Local time, milliseconds; empty when the record has no timestamp. */
    public String localTime(ZoneId zone) {
        long timestamp = timestamp();
        return timestamp < 0 ? "" : IsoInstants.localDateTime(timestamp, zone);
    }

    /** The timestamp as UTC ISO-8601 with its type, for tooltips. */
    public String utcTime() {
        long timestamp = timestamp();
        return timestamp < 0 ? "no timestamp"
                : Instant.ofEpochMilli(timestamp) + " (" + typeName(timestampType()) + ")";
    }

    static String typeName(KafkaMessage.TimestampType type) {
        return switch (type) {
            case CREATE_TIME -> "create time";
            case LOG_APPEND_TIME -> "log append time";
            case NONE -> "none";
        };
    }

    public String keyPreview() {
        if (keyPreview instanceof DecodedValue.Preview.Writer writer) {
            int keyAt = at + RowBytes.META;
            keyPreview = writer.write(bytes, keyAt, keyAt + keySize());
        }
        return (String) keyPreview;
    }

    public String valuePreview() {
        if (valuePreview instanceof DecodedValue.Preview.Writer writer) {
            int valueAt = at + RowBytes.META + Math.max(0, keySize());
            valuePreview = writer.write(bytes, valueAt, valueAt + valueSize());
        }
        return (String) valuePreview;
    }

    /** Whether the key's preview was written already (for tests and benchmarks). */
    boolean keyPreviewWritten() {
        return keyPreview instanceof String;
    }

    /** Whether the value's preview was written already (for tests and benchmarks). */
    boolean valuePreviewWritten() {
        return valuePreview instanceof String;
    }

    public int headerCount() {
        return kind.headerKeys().length;
    }

    /**
     * The bytes the row holds in its array: metadata, key, value and header values (what the table's memory budget
     * counts).
     */
    long heldBytes() {
        return heldBytes(bytes, at);
    }

    /** What the row at {@code at} of {@code bytes} holds ({@link #heldBytes()}). */
    static long heldBytes(byte[] bytes, int at) {
        return RowBytes.intAt(bytes, at + RowBytes.HELD);
    }

    /** Key plus value bytes. */
    public long size() {
        return Math.max(0, keySize()) + Math.max(0, valueSize());
    }

    /** "7 · orders-value v1", the format otherwise ("json", "text" …). */
    public String schemaText() {
        return kind.schemaText();
    }

    /** One text per schema version, shared by all its rows (a browse has a handful of them, a million rows). */
    private static final java.util.Map<SchemaRef, String> SCHEMA_TEXTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String schemaText(DecodedMessage decoded) {
        SchemaRef schema = decoded.value().schemaRef();
        if (schema == null) {
            return decoded.value().format() == DataFormat.NONE ? "" : decoded.value().format().id();
        }
        String known = SCHEMA_TEXTS.get(schema);
        if (known != null) {
            return known;
        }
        if (SCHEMA_TEXTS.size() > 10_000) {
            SCHEMA_TEXTS.clear();
        }
        String text = schemaTextOf(schema);
        SCHEMA_TEXTS.put(schema, text);
        return text;
    }

    private static String schemaTextOf(SchemaRef schema) {
        return schema.id() + (schema.subject() == null ? "" : " · " + schema.subject()
                + (schema.version() > 0 ? " v" + schema.version() : ""));
    }

    public boolean failed() {
        return kind.failure() != null;
    }

    /** The decoding failure(s) in words, or null. */
    public String failure() {
        return kind.failure();
    }

    static Object preview(DecodedValue value) {
        if (value instanceof DecodedValue.Absent) {
            return "null";
        }
        if (value instanceof DecodedValue.Failed failed) {
            return "⚠ " + failed.reason();
        }
        if (value instanceof DecodedValue.Preview shown) {
            DecodedValue.Preview.Writer writer = shown.writer();
            return writer == null ? shown.text() : writer;
        }
        return Previews.text(((DecodedValue.Decoded) value).value(), PREVIEW_CHARS);
    }
}
