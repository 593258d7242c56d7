package io.partita.ui.common;

import java.util.Locale;

/** Numbers as the tables show them: grouped counts, binary byte sizes, a dash for unknown. */
public final class Quantities {

    public static final String UNKNOWN = "—";
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

    private Quantities() {
    }

    public static String count(Long n) {
        return n == null ? UNKNOWN : String.format(Locale.ROOT, "%,d", n);
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
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
