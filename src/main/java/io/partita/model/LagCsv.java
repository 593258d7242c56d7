package io.partita.model;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes lag series as CSV for spreadsheets: one row per sample time (ISO-8601 UTC), one column per series;
 * a cell is empty where a series has no point at that time (not zero: nothing was known).
 */
public final class LagCsv {

    private LagCsv() {
    }

    public static String write(List<SeriesData> series) {
        StringBuilder csv = new StringBuilder("time");
        for (SeriesData s : series) {
            csv.append(',').append(quote(s.key().label()));
        }
        csv.append('\n');
        TreeSet<Long> times = new TreeSet<>();
        series.forEach(s -> {
            for (long t : s.times()) {
                times.add(t);
            }
        });
        for (long time : times) {
            csv.append(Instant.ofEpochMilli(time));
            for (SeriesData s : series) {
                Long value = s.valueAt(time);
                csv.append(',').append(value == null ? "" : value.toString());
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** RFC 4180: quote when the text holds a comma, quote or line break; double inner quotes. */
    static String quote(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
