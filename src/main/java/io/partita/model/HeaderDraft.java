package io.partita.model;

/** One record header as typed: a key and a value in a format (string, JSON, hex, base64 or null). */
public record HeaderDraft(String key, String value, ProduceFormat format) {

    public HeaderDraft {
        key = key == null ? "" : key;
        value = value == null ? "" : value;
        format = format == null ? ProduceFormat.STRING : format;
        if (format == ProduceFormat.AVRO) {
            throw new IllegalArgumentException("header '" + key + "': headers cannot be Avro");
        }
    }

    public static HeaderDraft string(String key, String value) {
        return new HeaderDraft(key, value, ProduceFormat.STRING);
    }
}
