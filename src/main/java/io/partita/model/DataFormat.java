package io.partita.model;

import java.util.Locale;

/**
 * How a key or value was (or is to be) read. The lower-case names are part of the CLI's JSON output; FLOAT64 is named
 * "double", as the format options call it.
 */
public enum DataFormat {
    AVRO, JSON, TEXT, HEX, INT32, INT64, FLOAT64("double"),
    /** Kafka null: no key, or a tombstone value. */
    NONE;

    /** Made once: the messages table keeps it for every row of a JSON or text value. */
    private final String id;

    DataFormat() {
        this(null);
    }

    DataFormat(String id) {
        this.id = id != null ? id : name().toLowerCase(Locale.ROOT);
    }

    public String id() {
        return id;
    }
}
