package io.partita.schema;

import java.time.Instant;

/**
 * Epoch milliseconds as {@link Instant#toString()} writes them ({@code 2026-01-31T13:05:09Z},
 * {@code …:09.120Z}), without the formatter machinery: a quarter of a decoded order's cost went into
 * DateTimeFormatter. Also the messages table's local date-times ({@link #localDateTime}). Years outside 0000–9999
 * are left to {@link Instant#toString()} and the formatter.
 */
public final class IsoInstants {

    private static final long MILLIS_PER_DAY = 86_400_000L;
    /** 0000-01-01 and 10000-01-01 in epoch days. */
    private static final long MIN_DAY = -719_528L;
    private static final long MAX_DAY = 2_932_897L;
    /** The longest text {@link #write} writes. */
    static final int MAX_CHARS = 24;
    private static final java.time.format.DateTimeFormatter LOCAL =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private IsoInstants() {
    }

    static String ofEpochMilli(long millis) {
        char[] out = new char[MAX_CHARS];
        int n = write(millis, out, 0);
        return n < 0 ? Instant.ofEpochMilli(millis).toString() : new String(out, 0, n);
    }

    /**
     * The local date-time of epoch milliseconds in a zone as {@code yyyy-MM-dd HH:mm:ss.SSS} (what the messages table
     * shows for every row it re-texts, without a DateTimeFormatter); years outside 0000–9999 go through one.
     */
    public static String localDateTime(long millis, java.time.ZoneId zone) {
        Instant instant = Instant.ofEpochMilli(millis);
        long local = millis + zone.getRules().getOffset(instant).getTotalSeconds() * 1000L;
        char[] out = new char[MAX_CHARS];
        int n = write(local, out, 0);
        if (n < 0) {
            return LOCAL.format(instant.atZone(zone));
        }
        out[10] = ' ';
        if (n == 20) {
            out[19] = '.';
            out[20] = '0';
            out[21] = '0';
            out[22] = '0';
        }
        return new String(out, 0, 23);
    }

    /**
     * Writes the text into {@code out} from {@code at} (room for {@link #MAX_CHARS} needed).
     *
     * @return the characters written, or -1 for a year outside 0000–9999 (nothing written)
     */
    static int write(long millis, char[] out, int at) {
        long day = Math.floorDiv(millis, MILLIS_PER_DAY);
        if (day < MIN_DAY || day >= MAX_DAY) {
            return -1;
        }
        int msOfDay = (int) Math.floorMod(millis, MILLIS_PER_DAY);
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm, proleptic Gregorian).
        long z = day + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int dayOfMonth = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
        int ms = msOfDay % 1000;
        int seconds = msOfDay / 1000;
        digits(out, at, year, 4);
        out[at + 4] = '-';
        digits(out, at + 5, month, 2);
        out[at + 7] = '-';
        digits(out, at + 8, dayOfMonth, 2);
        out[at + 10] = 'T';
        digits(out, at + 11, seconds / 3600, 2);
        out[at + 13] = ':';
        digits(out, at + 14, seconds / 60 % 60, 2);
        out[at + 16] = ':';
        digits(out, at + 17, seconds % 60, 2);
        if (ms == 0) {
            out[at + 19] = 'Z';
            return 20;
        }
        out[at + 19] = '.';
        digits(out, at + 20, ms, 3);
        out[at + 23] = 'Z';
        return 24;
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
