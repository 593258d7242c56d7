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

/**
 * One row of the messages table: the raw record, previews cut at {@value #PREVIEW_CHARS} characters and what the
 * decoding said (format, schema, failure). The decoded tree itself is not kept: 100,000 rows of trees would take
 * gigabytes, while the raw bytes are what a row needs; the detail pane decodes the selected rows again (cheap).
 * Built on the reader thread from the previews the decoder threads made (the table's sink asks for them,
 * {@link BatchHandoff#previewChars()}). An Avro record's preview is checked but not yet written: its text is written
 * when the row is first shown (a few microseconds, on the UI thread), so rows the table drops or nobody scrolls to
 * cost no text at all.
 */
public final class MessageRow {

    /** How much of a key or value a row keeps; the reader is asked for previews of this length. */
    public static final int PREVIEW_CHARS = 300;

    private final KafkaMessage message;
    private final FormatChoice keyFormat;
    private final FormatChoice valueFormat;
    /** A String, or a {@link DecodedValue.Preview} whose text is written when the row is first shown. */
    private final Object keyPreview;
    private final Object valuePreview;
    private final String schemaText;
    private final String failure;

    public MessageRow(DecodedMessage decoded, FormatChoice keyFormat, FormatChoice valueFormat) {
        this.message = decoded.message();
        this.keyFormat = keyFormat;
        this.valueFormat = valueFormat;
        this.keyPreview = preview(decoded.key());
        this.valuePreview = preview(decoded.value());
        this.schemaText = schemaText(decoded);
        this.failure = ValueJson.error(decoded);
    }

    private MessageRow(KafkaMessage message, String keyPreview, String valuePreview, String schemaText) {
        this.message = message;
        this.keyFormat = null;
        this.valueFormat = null;
        this.keyPreview = keyPreview;
        this.valuePreview = valuePreview;
        this.schemaText = schemaText;
        this.failure = null;
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
                KafkaMessage.TimestampType.CREATE_TIME, null, null, java.util.List.of()),
                "key-" + n, "{\"sample\":\"" + printable + "\"}", n % 7 + " · sample-value v1");
    }

    public KafkaMessage message() {
        return message;
    }

    /** How the row was decoded, so the detail pane decodes it the same way. */
    public FormatChoice keyFormat() {
        return keyFormat;
    }

    public FormatChoice valueFormat() {
        return valueFormat;
    }

    public int partition() {
        return message.partition();
    }

    public long offset() {
        return message.offset();
    }

    /** Local time, milliseconds; empty when the record has no timestamp. */
    public String localTime(ZoneId zone) {
        return message.timestamp() < 0 ? "" : IsoInstants.localDateTime(message.timestamp(), zone);
    }

    /** The timestamp as UTC ISO-8601 with its type, for tooltips. */
    public String utcTime() {
        Instant instant = message.instant();
        return instant == null ? "no timestamp" : instant + " (" + typeName(message.timestampType()) + ")";
    }

    static String typeName(KafkaMessage.TimestampType type) {
        return switch (type) {
            case CREATE_TIME -> "create time";
            case LOG_APPEND_TIME -> "log append time";
            case NONE -> "none";
        };
    }

    public String keyPreview() {
        return text(keyPreview);
    }

    public String valuePreview() {
        return text(valuePreview);
    }

    private static String text(Object preview) {
        return preview instanceof DecodedValue.Preview deferred ? deferred.text() : (String) preview;
    }

    public int headerCount() {
        return message.headers().size();
    }

    /** Key plus value bytes. */
    public long size() {
        return Math.max(0, message.keySize()) + Math.max(0, message.valueSize());
    }

    /** "7 · orders-value v1", the format otherwise ("json", "text" …). */
    public String schemaText() {
        return schemaText;
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
        return failure != null;
    }

    /** The decoding failure(s) in words, or null. */
    public String failure() {
        return failure;
    }

    static Object preview(DecodedValue value) {
        if (value instanceof DecodedValue.Absent) {
            return "null";
        }
        if (value instanceof DecodedValue.Failed failed) {
            return "⚠ " + failed.reason();
        }
        if (value instanceof DecodedValue.Preview shown) {
            return shown.rendered() ? shown.text() : shown;
        }
        return Previews.text(((DecodedValue.Decoded) value).value(), PREVIEW_CHARS);
    }
}
