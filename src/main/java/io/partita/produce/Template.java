package io.partita.produce;

import java.util.List;

/** A compiled text with placeholders; {@link #render} is cheap and allocation-light. Immutable. */
public final class Template {

    /** One piece of the text: fixed or generated per record. */
    @FunctionalInterface
    interface Part {
        String render(RecordContext context);
    }

    private final List<Part> parts;
    private final String constant;

    Template(List<Part> parts) {
        this.parts = List.copyOf(parts);
        this.constant = parts.isEmpty() ? "" : parts.size() == 1 && parts.get(0) instanceof Literal l ? l.text : null;
    }

    static Part literal(String text) {
        return new Literal(text);
    }

    /** True when the text has no placeholders: it renders to the same string every time. */
    public boolean isConstant() {
        return constant != null;
    }

    public String render(RecordContext context) {
        if (constant != null) {
            return constant;
        }
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            out.append(p.render(context));
        }
        return out.toString();
    }

    private record Literal(String text) implements Part {
        @Override
        public String render(RecordContext context) {
            return text;
        }
    }
}
