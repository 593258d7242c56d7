package io.partita.schema;

/**
 * JSON input that does not fit an Avro schema. The message names the place in JSON-path form ({@code $.items[2].sku}),
 * the Avro type expected there and what was found, e.g.
 * {@code $.items[0].quantity: expected int, got string "two"}.
 */
public final class AvroJsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String expected;

    AvroJsonException(String path, String expected, String found) {
        super(path + ": expected " + expected + (found == null ? "" : ", got " + found));
        this.path = path;
        this.expected = expected;
    }

    /** A message that is not of the "expected X, got Y" kind (missing or unknown fields). */
    AvroJsonException(String path, String message, boolean plain) {
        super(path + ": " + message);
        this.path = path;
        this.expected = null;
    }

    /** Where in the input: {@code $} is the whole value, {@code $.a.b[3]} a nested place. */
    public String path() {
        return path;
    }

    /** The Avro type expected at {@link #path()}, or null for missing/unknown fields. */
    public String expected() {
        return expected;
    }
}
