package io.partita.model;

import java.util.Locale;

/** How the user typed a key, value or header for the producer, i.e. how the text becomes bytes. */
public enum ProduceFormat {
    /** UTF-8 text as typed. */
    STRING("string"),
    /** JSON, checked to parse, sent as compact UTF-8 text. */
    JSON("JSON"),
    /** JSON turned into Avro by a registry schema and framed in the Confluent wire format. */
    AVRO("Avro"),
    /** Hexadecimal digits (spaces and a 0x prefix allowed). */
    HEX("hex"),
    /** Standard or URL-safe base64. */
    BASE64("base64"),
    /** No bytes at all: a null key, or a null value (a tombstone on compacted topics). */
    NULL("null");

    private final String label;

    ProduceFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the labels and enum names in any case ("json", "Avro", "HEX"). */
    public static ProduceFormat parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (ProduceFormat f : values()) {
            if (f.name().equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "': one of string, json, avro, hex, base64, null");
    }

    @Override
    public String toString() {
        return label;
    }
}
