package io.partita.filter;

import io.partita.model.DecodedMessage;
import java.util.function.Predicate;

/**
 * A compiled filter expression over decoded records, e.g.
 * {@code value.customer.id == 42 && headers.source == "web" && timestamp > "2026-01-01T00:00:00Z"}.
 * Paths walk the decoded tree directly (no JSON text is made); a path that leads nowhere is "missing" and makes
 * every comparison false ({@code exists(path)} tests for it). Immutable and thread-safe: compile once, test on
 * any thread.
 */
public final class RecordFilter implements Predicate<DecodedMessage> {

    /** Lets everything through: the plain browse. */
    public static final RecordFilter ALL = new RecordFilter("", new Node.Literal(Boolean.TRUE));

    private final String source;
    private final Node root;

    private RecordFilter(String source, Node root) {
        this.source = source;
        this.root = root;
    }

    /**
     * @throws FilterSyntaxException with the position of the problem
     */
    public static RecordFilter compile(String expression) {
        if (expression == null || expression.isBlank()) {
            return ALL;
        }
        return new RecordFilter(expression.strip(), new Parser(expression).parse());
    }

    @Override
    public boolean test(DecodedMessage record) {
        return Values.truthy(root.eval(record));
    }

    public boolean matchesAll() {
        return this == ALL;
    }

    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return matchesAll() ? "<all>" : source;
    }
}
