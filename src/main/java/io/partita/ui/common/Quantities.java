package io.partita.ui.common;

import java.util.Locale;

/** Numbers as the tables show them: grouped counts, binary byte sizes, a dash for unknown. */
public final class Quantities {

    public static final String UNKNOWN = "—";
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

    private Quantities() {
    }

    public static String count(Long n) {
        return n == null ? UNKNOWN : count(n.longValue());
    }

    /**
     * 1,234,567: as {@code String.format("%,d")} in the root locale, without a Formatter (status lines are re-texted
     * on every delivery of a browse, on the UI thread).
     */
    public static String count(long n) {
        String digits = Long.toString(n);
        int start = n < 0 ? 1 : 0;
        int length = digits.length() - start;
        if (length <= 3) {
            return digits;
        }
        StringBuilder text = new StringBuilder(digits.length() + length / 3);
        text.append(digits, 0, start);
        int head = length % 3 == 0 ? 3 : length % 3;
        text.append(digits, start, start + head);
        for (int i = start + head; i < digits.length(); i += 3) {
            text.append(',').append(digits, i, i + 3);
        }
        return text.toString();
    }

    /** 0 B, 999 B, 1.0 KiB, 12.3 MiB … */
    public static String bytes(Long n) {
        if (n == null) {
            return UNKNOWN;
        }
        if (n < 1024) {
            return n + " B";
        }
        double value = n;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, value < 10 ? "%.2f %s" : value < 100 ? "%.1f %s" : "%.0f %s",
                value, UNITS[unit]);
    }
}
