package io.partita.ui.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Axis arithmetic for the lag chart: round tick steps and short labels. Pure, so it is tested without a screen. */
final class ChartScales {

    private static final long[] TIME_STEPS = {1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000,
        600_000, 900_000, 1_800_000, 3_600_000};

    private ChartScales() {
    }

    /** The smallest "nice" number (1, 2 or 5 × 10^k) at least {@code raw}. */
    static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return Math.max(1, nice * magnitude);
    }

    /** Top of the value axis: a whole number of nice steps above {@code max}, at least 10. */
    static double niceMax(double max, int ticks) {
        double step = niceStep(Math.max(10, max) / ticks);
        return Math.ceil(Math.max(10, max) / step) * step;
    }

    /** Tick values from 0 to {@code top} inclusive. */
    static List<Double> valueTicks(double top, int ticks) {
        double step = niceStep(top / ticks);
        List<Double> values = new ArrayList<>();
        for (double v = 0; v <= top + step / 1000; v += step) {
            values.add(v);
        }
        return values;
    }

    /** A time step giving at most {@code maxTicks} ticks over {@code windowMillis}. */
    static long timeStep(long windowMillis, int maxTicks) {
        for (long step : TIME_STEPS) {
            if (windowMillis / step <= maxTicks) {
                return step;
            }
        }
        return TIME_STEPS[TIME_STEPS.length - 1];
    }

    /** 950, 12.5k, 3.2M, 1.1G. */
    static String compact(double value) {
        double abs = Math.abs(value);
        if (abs < 1_000) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        String[] units = {"k", "M", "G", "T"};
        int unit = -1;
        double v = value;
        while (Math.abs(v) >= 1_000 && unit < units.length - 1) {
            v /= 1_000;
            unit++;
        }
        return (Math.abs(v) >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.1f", v)) + units[unit];
    }
}
