package io.partita.model;

/**
 * Why a schema text does not parse, and where.
 *
 * @param offset character offset of the problem in the text, -1 when it could not be placed
 * @param line   1-based, 0 when unknown
 * @param column 1-based, 0 when unknown
 * @param exact  true when the parser gave the position; false when it was found by looking for the name the
 *               message mentions (Avro's semantic errors carry no position)
 */
public record SchemaProblem(String message, int offset, int line, int column, boolean exact) {

    public boolean located() {
        return offset >= 0;
    }

    /** "line 3, column 14: message", or the message alone when not located. */
    public String describe() {
        if (!located()) {
            return message;
        }
        return (exact ? "" : "near ") + "line " + line + ", column " + column + ": " + message;
    }
}
