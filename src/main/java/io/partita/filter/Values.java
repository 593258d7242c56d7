package io.partita.filter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Comparison rules of the filter language over decoded trees (see {@code DecodedValue}): numbers compare by
 * value whatever their Java type, strings by code point, a number against a numeric string as numbers.
 * {@link #MISSING} (a path that leads nowhere) compares false with everything.
 */
final class Values {

    /** What a path evaluates to when a field, index or header is not there. */
    static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<missing>";
        }
    };

    private Values() {
    }

    static boolean truthy(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        return v != null && v != MISSING;
    }

    static boolean equal(Object a, Object b) {
        if (a == MISSING || b == MISSING) {
            return false;
        }
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number || b instanceof Number) {
            Integer c = compareNumbers(a, b);
            return c != null && c == 0;
        }
        if (a instanceof Boolean || b instanceof Boolean) {
            return a.equals(b) || a.toString().equals(b.toString());
        }
        if (a instanceof CharSequence || b instanceof CharSequence) {
            return a.toString().equals(b.toString());
        }
        return Objects.equals(a, b);
    }

    /** Negative, zero or positive; null when the two cannot be ordered (a map against a number, missing …). */
    static Integer compare(Object a, Object b) {
        if (a == MISSING || b == MISSING || a == null || b == null) {
            return null;
        }
        if (a instanceof Number || b instanceof Number) {
            return compareNumbers(a, b);
        }
        if (a instanceof CharSequence && b instanceof CharSequence) {
            return Integer.signum(a.toString().compareTo(b.toString()));
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        return null;
    }

    private static Integer compareNumbers(Object a, Object b) {
        Object x = asNumber(a);
        Object y = asNumber(b);
        if (x == null || y == null) {
            return null;
        }
        if (integral(x) && integral(y) && !(x instanceof BigInteger) && !(y instanceof BigInteger)) {
            return Long.compare(((Number) x).longValue(), ((Number) y).longValue());
        }
        if ((x instanceof Double || x instanceof Float) && !(y instanceof BigDecimal)
                || (y instanceof Double || y instanceof Float) && !(x instanceof BigDecimal)) {
            double dx = ((Number) x).doubleValue();
            double dy = ((Number) y).doubleValue();
            return Double.isNaN(dx) || Double.isNaN(dy) ? null : Double.compare(dx, dy);
        }
        return big(x).compareTo(big(y));
    }

    private static boolean integral(Object n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger;
    }

    private static BigDecimal big(Object n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (n instanceof Double || n instanceof Float) {
            return BigDecimal.valueOf(((Number) n).doubleValue());
        }
        return BigDecimal.valueOf(((Number) n).longValue());
    }

    private static Object asNumber(Object v) {
        if (v instanceof Number) {
            return v;
        }
        if (v instanceof CharSequence s) {
            try {
                return new BigDecimal(s.toString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** Substring for text, element for lists, key for maps. */
    static boolean contains(Object container, Object item) {
        if (container == MISSING || item == MISSING || container == null) {
            return false;
        }
        if (container instanceof List<?> list) {
            for (Object element : list) {
                if (equal(element, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof Map<?, ?> map) {
            return item != null && map.containsKey(item.toString());
        }
        return item != null && container.toString().contains(item.toString());
    }

    static String text(Object v) {
        return v == null || v == MISSING ? null : v.toString();
    }

    /** Characters of text, elements of a list, entries of a map; -1 otherwise. */
    static long size(Object v) {
        if (v instanceof CharSequence s) {
            return s.length();
        }
        if (v instanceof List<?> l) {
            return l.size();
        }
        if (v instanceof Map<?, ?> m) {
            return m.size();
        }
        return -1;
    }
}
