package io.partita.filter;

/** A filter expression that cannot be compiled; says where (0-based character position) and why. */
public final class FilterSyntaxException extends IllegalArgumentException {

    private final String expression;
    private final int position;
    private final String reason;

    FilterSyntaxException(String expression, int position, String reason) {
        super(reason + " at column " + (position + 1));
        this.expression = expression;
        this.position = position;
        this.reason = reason;
    }

    /** 0-based index of the character the problem starts at. */
    public int position() {
        return position;
    }

    public String reason() {
        return reason;
    }

    /** The expression with a caret under the problem, two lines, for monospaced output (CLI, tooltips). */
    public String pointer() {
        return expression + "\n" + " ".repeat(Math.max(0, position)) + "^";
    }
}
