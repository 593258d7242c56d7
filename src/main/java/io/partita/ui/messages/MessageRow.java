package io.partita.ui.messages;

import io.partita.model.DataFormat;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.KafkaMessage;
import io.partita.model.SchemaRef;
import io.partita.schema.ValueJson;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One row of the messages table. Previews are rendered when a cell first asks for them (only visible rows are
 * ever rendered) and cut at {@value #PREVIEW_CHARS} characters, so a huge value costs nothing here.
 */
public final class MessageRow {

    static final int PREVIEW_CHARS = 300;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final DecodedMessage decoded;
    private String keyPreview;
    private String valuePreview;

    public MessageRow(DecodedMessage decoded) {
        this.decoded = decoded;
    }

    public DecodedMessage decoded() {
        return decoded;
    }

    public KafkaMessage message() {
        return decoded.message();
    }

    public int partition() {
        return decoded.message().partition();
    }

    public long offset() {
        return decoded.message().offset();
    }

    /** Local time, milliseconds; empty when the record has no timestamp. */
    public String localTime(ZoneId zone) {
        Instant instant = decoded.message().instant();
        return instant == null ? "" : LOCAL.format(instant.atZone(zone));
    }

    /** The timestamp as UTC ISO-8601 with its type, for tooltips. */
    public String utcTime() {
        Instant instant = decoded.message().instant();
        return instant == null ? "no timestamp" : instant + " (" + typeName(decoded.message().timestampType()) + ")";
    }

    static String typeName(KafkaMessage.TimestampType type) {
        return switch (type) {
            case CREATE_TIME -> "create time";
            case LOG_APPEND_TIME -> "log append time";
            case NONE -> "none";
        };
    }

    public String keyPreview() {
        if (keyPreview == null) {
            keyPreview = preview(decoded.key());
        }
        return keyPreview;
    }

    public String valuePreview() {
        if (valuePreview == null) {
            valuePreview = preview(decoded.value());
        }
        return valuePreview;
    }

    public int headerCount() {
        return decoded.message().headers().size();
    }

    /** Key plus value bytes. */
    public long size() {
        return Math.max(0, decoded.message().keySize()) + Math.max(0, decoded.message().valueSize());
    }

    /** "7 · orders-value v1", the format otherwise ("json", "text" …). */
    public String schemaText() {
        SchemaRef schema = decoded.value().schemaRef();
        if (schema == null) {
            return decoded.value().format() == DataFormat.NONE ? "" : decoded.value().format().id();
        }
        return schema.id() + (schema.subject() == null ? "" : " · " + schema.subject()
                + (schema.version() > 0 ? " v" + schema.version() : ""));
    }

    public boolean failed() {
        return decoded.failed();
    }

    /** The decoding failure(s) in words, or null. */
    public String failure() {
        return ValueJson.error(decoded);
    }

    static String preview(DecodedValue value) {
        if (value instanceof DecodedValue.Absent) {
            return "null";
        }
        if (value instanceof DecodedValue.Failed failed) {
            return "⚠ " + failed.reason();
        }
        Object tree = ((DecodedValue.Decoded) value).value();
        if (tree instanceof String text) {
            return oneLine(text.length() > PREVIEW_CHARS ? text.substring(0, PREVIEW_CHARS) + "…" : text);
        }
        ValueJson.Rendered rendered = ValueJson.limited(tree, false, PREVIEW_CHARS);
        return rendered.truncated() ? rendered.text() + "…" : rendered.text();
    }

    private static String oneLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : text.replace("\r", "").replace('\n', '⏎');
    }
}
