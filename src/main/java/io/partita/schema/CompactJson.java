package io.partita.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Compact JSON of a plain value tree (or, through {@link AvroPreview}, of an Avro body) written straight into a
 * character array, stopping once a limit is passed: the table's previews, made for every record read, at a fraction
 * of what a Jackson generator costs per call. Writes the same text as {@link ValueJson}'s Jackson writer (plain
 * decimals, NaN and infinities as strings, the standard escapes: {@code \" \\ \b \t \n \f \r} and
 * {@code \\u00XX} for other control characters). Gives up (returns null) on any type it does not know, so the caller
 * can fall back to Jackson.
 */
final class CompactJson {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final long[] POWERS = new long[19];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private final Chars out;
    private int max;

    /** A writer to reuse: {@link #reset} before each value, {@link #result} after it. */
    CompactJson(int max) {
        this.out = new Chars(Math.min(max + 16, 512));
        this.max = max;
    }

    /** The text cut to {@code max} characters, or null when the tree holds a type this writer does not handle. */
    static ValueJson.Rendered limited(Object tree, int max) {
        CompactJson writer = new CompactJson(max);
        return writer.value(tree) ? writer.result() : null;
    }

    /** Starts a new text with the given limit. */
    CompactJson reset(int newMax) {
        out.setLength(0);
        max = newMax;
        return this;
    }

    /** What was written, cut to the limit, and whether anything was cut. */
    ValueJson.Rendered result() {
        if (out.length() > max) {
            return new ValueJson.Rendered(out.substring(0, max), true);
        }
        return new ValueJson.Rendered(out.substring(0, out.length()), false);
    }

    /** True once more than the limit is written: whatever follows would be cut anyway. */
    boolean full() {
        return out.length() > max;
    }

    /** Appends text that needs no escaping (punctuation, numbers, names escaped beforehand). */
    CompactJson raw(String text) {
        out.append(text);
        return this;
    }

    CompactJson raw(char c) {
        out.append(c);
        return this;
    }

    CompactJson number(long n) {
        out.number(n);
        return this;
    }

    /**
     * A timestamp-millis value as the tree shows it ({@link LogicalValues#timestampMillis}: an ISO instant string,
     * or the number when its year is outside 0000–9999).
     */
    void instantMillis(long millis) {
        if (!out.instant(millis)) {
            value(LogicalValues.timestampMillis(millis));
        }
    }

    /**
     * The plain text of {@code BigDecimal.valueOf(unscaled, scale)}, as {@link BigDecimal#toPlainString()} (past
     * {@link ValueJson#PLAIN_SCALE_LIMIT} in exponent form, as every writer of decimals does).
     */
    void decimal(long unscaled, int scale) {
        if (scale < 0 || scale > 64 || unscaled == Long.MIN_VALUE) {
            out.append(ValueJson.decimalText(BigDecimal.valueOf(unscaled, scale)));
        } else {
            out.decimal(unscaled, scale);
        }
    }

    /** @return false when the type is unknown */
    boolean value(Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Map<?, ?> map) {
            return object(map);
        } else if (v instanceof List<?> list) {
            return array(list);
        } else if (v instanceof Integer || v instanceof Long) {
            out.number(((Number) v).longValue());
        } else if (v instanceof Short || v instanceof Byte || v instanceof BigInteger || v instanceof Boolean) {
            out.append(v.toString());
        } else if (v instanceof BigDecimal d) {
            out.append(ValueJson.decimalText(d));
        } else if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                string(d.toString());
            } else {
                out.append(Double.toString(d));
            }
        } else if (v instanceof Float f) {
            if (f.isNaN() || f.isInfinite()) {
                string(f.toString());
            } else {
                out.append(Float.toString(f));
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

    void string(String s) {
        out.append('"');
        if (stringBody(s)) {
            out.append('"');
        }
    }

    /**
     * A string held as UTF-8 bytes, written as {@link #string} writes {@code new String(bytes, UTF_8)}: ASCII is
     * copied byte by byte; from the first other byte on, the rest is decoded to a String (UTF-8 decoding restarts
     * cleanly after an ASCII byte, so the text is the same as decoding the whole).
     */
    void utf8(byte[] bytes, int offset, int length) {
        out.append('"');
        // Every byte makes at least one character: past this many, the limit is passed and the rest is cut anyway.
        int end = offset + (int) Math.min(length, Math.max(0L, (long) max - out.length()) + 1);
        int i = out.ascii(bytes, offset, end);
        while (i < end) {
            int b = bytes[i];
            if (b < 0) {
                if (stringBody(new String(bytes, i, offset + length - i, StandardCharsets.UTF_8))) {
                    out.append('"');
                }
                return;
            }
            escape((char) b);
            i = out.ascii(bytes, i + 1, end);
        }
        if (end == offset + length) {
            out.append('"');
        }
    }

    /** @return false when it stopped early because the limit was passed */
    private boolean stringBody(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if ((i & 63) == 63 && full()) {
                return false;
            }
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                out.append(c);
            } else {
                escape(c);
            }
        }
        return true;
    }

    private void escape(char c) {
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

    /** A growable character array: appending is a store, where a StringBuilder checks its coder per character. */
    private static final class Chars {
        private char[] chars;
        private int length;

        Chars(int capacity) {
            chars = new char[Math.max(16, capacity)];
        }

        int length() {
            return length;
        }

        void setLength(int newLength) {
            length = newLength;
        }

        private void room(int more) {
            if (length + more > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
            }
        }

        Chars append(char c) {
            room(1);
            chars[length++] = c;
            return this;
        }

        Chars append(String text) {
            int n = text.length();
            room(n);
            text.getChars(0, n, chars, length);
            length += n;
            return this;
        }

        /**
         * Copies bytes from {@code from} as characters while they are printable ASCII other than a quote or a
         * backslash; returns where it stopped.
         */
        int ascii(byte[] bytes, int from, int to) {
            room(to - from);
            char[] c = chars;
            int n = length;
            int i = from;
            for (; i < to; i++) {
                byte b = bytes[i];
                if (b < 0x20 || b == '"' || b == '\\') {
                    break;
                }
                c[n++] = (char) b;
            }
            length = n;
            return i;
        }

        void number(long value) {
            if (value == Long.MIN_VALUE) {
                append(Long.toString(value));
                return;
            }
            room(20);
            if (value < 0) {
                chars[length++] = '-';
                value = -value;
            }
            digits(value, digitCount(value));
        }

        private static int digitCount(long value) {
            int n = 1;
            for (long limit = 10; n < 19 && value >= limit; limit *= 10) {
                n++;
            }
            return n;
        }

        /** Writes the last {@code count} digits of {@code value} (≥ 0), zeros in front where it has fewer. */
        private void digits(long value, int count) {
            for (int i = length + count - 1; i >= length; i--) {
                chars[i] = (char) ('0' + value % 10);
                value /= 10;
            }
            length += count;
        }

        /** For 0 ≤ scale ≤ 64 and unscaled above Long.MIN_VALUE (see {@link CompactJson#decimal}). */
        void decimal(long unscaled, int scale) {
            if (scale == 0) {
                number(unscaled);
                return;
            }
            room(22 + scale);
            if (unscaled < 0) {
                chars[length++] = '-';
                unscaled = -unscaled;
            }
            // More digits than the scale only below 10^19, so scale ≤ 18 there and the power fits a long.
            boolean hasWhole = digitCount(unscaled) > scale;
            long whole = hasWhole ? unscaled / POWERS[scale] : 0;
            long fraction = hasWhole ? unscaled % POWERS[scale] : unscaled;
            digits(whole, digitCount(whole));
            chars[length++] = '.';
            digits(fraction, scale);
        }

        /** A quoted ISO instant; false (nothing written) for a year outside 0000–9999. */
        boolean instant(long millis) {
            room(IsoInstants.MAX_CHARS + 2);
            int n = IsoInstants.write(millis, chars, length + 1);
            if (n < 0) {
                return false;
            }
            chars[length] = '"';
            chars[length + 1 + n] = '"';
            length += n + 2;
            return true;
        }

        String substring(int from, int to) {
            return new String(chars, from, to - from);
        }
    }
}
