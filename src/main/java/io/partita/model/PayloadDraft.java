package io.partita.model;

/**
 * A key or value as the user typed it, before encoding. Text may hold placeholders ({@code ${i}}, {@code ${uuid}} …).
 *
 * @param subject registry subject of the Avro schema (AVRO only; null otherwise)
 * @param version "latest" or a version number of that subject (AVRO only)
 */
public record PayloadDraft(ProduceFormat format, String text, String subject, String version) {

    public static final String LATEST = "latest";

    public PayloadDraft {
        format = format == null ? ProduceFormat.STRING : format;
        text = text == null ? "" : text;
        subject = subject == null || subject.isBlank() ? null : subject.strip();
        version = version == null || version.isBlank() ? LATEST : version.strip();
    }

    public static PayloadDraft string(String text) {
        return new PayloadDraft(ProduceFormat.STRING, text, null, null);
    }

    public static PayloadDraft none() {
        return new PayloadDraft(ProduceFormat.NULL, "", null, null);
    }

    public static PayloadDraft avro(String json, String subject, String version) {
        return new PayloadDraft(ProduceFormat.AVRO, json, subject, version);
    }
}
