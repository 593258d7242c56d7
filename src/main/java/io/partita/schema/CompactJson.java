package io.partita.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Compact JSON of a plain value tree written straight into a StringBuilder, stopping once a limit is passed: the
 * table's previews, made for every record read, at a fraction of what a Jackson generator costs per call. Writes
 * the same text as {@link ValueJson}'s Jackson writer (plain decimals, NaN and infinities as strings, the standard
 * escapes: {@code \" \\ \b \t \n \f \r} and {@code \\u00XX} for other control characters). Gives up (returns
 * null) on any type it does not know, so the caller can fall back to Jackson.
 */
final class CompactJson {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out;
    private final int max;

    private CompactJson(int max) {
        this.out = new StringBuilder(Math.min(max + 16, 512));
        this.max = max;
    }

    /** The text cut to {@code max} characters, or null when the tree holds a type this writer does not handle. */
    static ValueJson.Rendered limited(Object tree, int max) {
        CompactJson writer = new CompactJson(max);
        if (!writer.value(tree)) {
            return null;
        }
        if (writer.out.length() > max) {
            writer.out.setLength(max);
            return new ValueJson.Rendered(writer.out.toString(), true);
        }
        return new ValueJson.Rendered(writer.out.toString(), false);
    }

    private boolean full() {
        return out.length() > max;
    }

    /** @return false when the type is unknown */
    private boolean value(Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Map<?, ?> map) {
            return object(map);
        } else if (v instanceof List<?> list) {
            return array(list);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger || v instanceof Boolean) {
            out.append(v);
        } else if (v instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                string(d.toString());
            } else {
                out.append(d.doubleValue());
            }
        } else if (v instanceof Float f) {
            if (f.isNaN() || f.isInfinite()) {
                string(f.toString());
            } else {
                out.append(f.floatValue());
            }
        } else {
            return false;
        }
        return true;
    }

    private boolean object(Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (full()) {
                return true;
            }
            if (!(e.getKey() instanceof String key)) {
                return false;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            string(key);
            out.append(':');
            if (!value(e.getValue())) {
                return false;
            }
        }
        out.append('}');
        return true;
    }

    private boolean array(List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (full()) {
                return true;
            }
            if (i > 0) {
                out.append(',');
            }
            if (!value(list.get(i))) {
                return false;
            }
        }
        out.append(']');
        return true;
    }

    private void string(String s) {
        out.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if ((i & 63) == 63 && full()) {
                return;
            }
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                out.append(c);
                continue;
            }
            out.append('\\');
            switch (c) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '\b' -> out.append('b');
                case '\t' -> out.append('t');
                case '\n' -> out.append('n');
                case '\f' -> out.append('f');
                case '\r' -> out.append('r');
                default -> out.append("u00").append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        out.append('"');
    }
}
