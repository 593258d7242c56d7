package io.partita.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which parts of a decoded key or value something (a search filter) will look at: a tree of field and map-key
 * names, {@link #ELEMENTS} standing for "every array element". A node is either {@link #isWhole() whole} (the
 * subtree is used as it is: compared, sized, printed) or has children (only those are walked into). A decoder given
 * a projection may leave everything else out of the tree it builds; the parts it keeps are identical to a full
 * decode. Immutable.
 */
public final class Projection {

    /** The child name that stands for any array index. */
    public static final String ELEMENTS = "[]";

    /** The whole subtree. */
    public static final Projection WHOLE = new Projection(true, Map.of());

    private final boolean whole;
    private final Map<String, Projection> children;

    private Projection(boolean whole, Map<String, Projection> children) {
        this.whole = whole;
        this.children = children;
    }

    public boolean isWhole() {
        return whole;
    }

    /** The projection of one child, or null when that child is not used at all. */
    public Projection child(String name) {
        return whole ? WHOLE : children.get(name);
    }

    /** The named children (empty when whole). */
    public Map<String, Projection> children() {
        return children;
    }

    /** Every child merged into one: what a map's values or an array's items need when any of them may be asked. */
    public Projection anyChild() {
        if (whole) {
            return WHOLE;
        }
        Projection merged = null;
        for (Projection p : children.values()) {
            merged = merged == null ? p : merged.merge(p);
        }
        return merged;
    }

    /** The union of two projections (null stands for "nothing"). */
    public Projection merge(Projection other) {
        if (other == null) {
            return this;
        }
        if (whole || other.whole) {
            return WHOLE;
        }
        Map<String, Projection> merged = new LinkedHashMap<>(children);
        other.children.forEach((name, p) -> merged.merge(name, p, Projection::merge));
        return new Projection(false, Collections.unmodifiableMap(merged));
    }

    /**
     * The projection that uses exactly one path's end, as a whole.
     *
     * @param steps field or map-key names; {@link #ELEMENTS} for an array index
     */
    public static Projection path(String... steps) {
        Projection p = WHOLE;
        for (int i = steps.length - 1; i >= 0; i--) {
            p = new Projection(false, Map.of(steps[i], p));
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Projection p && whole == p.whole && children.equals(p.children);
    }

    @Override
    public int hashCode() {
        return whole ? 1 : children.hashCode();
    }

    @Override
    public String toString() {
        if (whole) {
            return "*";
        }
        StringBuilder out = new StringBuilder("{");
        children.forEach((name, p) -> {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append(name);
            if (!p.whole) {
                out.append(' ').append(p);
            }
        });
        return out.append('}').toString();
    }
}
