package io.partita.filter;

import io.partita.model.DecodedMessage;
import io.partita.model.Projection;
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
    private final Projection keyNeeds;
    private final Projection valueNeeds;

    private RecordFilter(String source, Node root) {
        this.source = source;
        this.root = root;
        Projection[] needs = new Projection[2];
        collect(root, needs);
        this.keyNeeds = needs[0];
        this.valueNeeds = needs[1];
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

    /** What of the decoded key the expression looks at; null when it never reads the key's content. */
    public Projection keyNeeds() {
        return keyNeeds;
    }

    /** What of the decoded value the expression looks at; null when it never reads the value's content. */
    public Projection valueNeeds() {
        return valueNeeds;
    }

    /** Gathers every key and value path; a path's last step is used whole, an index stands for any element. */
    private static void collect(Node node, Projection[] needs) {
        if (node instanceof Path path) {
            int slot = path.root() == Path.Root.KEY ? 0 : path.root() == Path.Root.VALUE ? 1 : -1;
            if (slot >= 0) {
                String[] steps = new String[path.steps().length];
                for (int i = 0; i < steps.length; i++) {
                    Object step = path.steps()[i];
                    steps[i] = step instanceof Long ? Projection.ELEMENTS : String.valueOf(step);
                }
                Projection p = Projection.path(steps);
                needs[slot] = needs[slot] == null ? p : needs[slot].merge(p);
            }
        } else if (node instanceof Node.And n) {
            collect(n.left(), needs);
            collect(n.right(), needs);
        } else if (node instanceof Node.Or n) {
            collect(n.left(), needs);
            collect(n.right(), needs);
        } else if (node instanceof Node.Not n) {
            collect(n.inner(), needs);
        } else if (node instanceof Node.Compare n) {
            collect(n.left(), needs);
            collect(n.right(), needs);
        } else if (node instanceof Node.Contains n) {
            collect(n.container(), needs);
            collect(n.item(), needs);
        } else if (node instanceof Node.TextTest n) {
            collect(n.left(), needs);
            collect(n.right(), needs);
        } else if (node instanceof Node.Matches n) {
            collect(n.left(), needs);
        } else if (node instanceof Node.In n) {
            collect(n.left(), needs);
            n.options().forEach(o -> collect(o, needs));
        } else if (node instanceof Node.Exists n) {
            collect(n.path(), needs);
        } else if (node instanceof Node.Call n) {
            collect(n.arg(), needs);
        } else if (!(node instanceof Node.Literal)) {
            throw new IllegalStateException("unknown filter node " + node.getClass().getSimpleName());
        }
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
