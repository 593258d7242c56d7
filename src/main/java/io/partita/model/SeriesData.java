package io.partita.model;

import java.util.Arrays;

/**
 * The points of one series, oldest first: a copy, safe to hand to another thread.
 * {@code times} are epoch millis; {@code values} lags.
 */
public record SeriesData(SeriesKey key, long[] times, long[] values) {

    public SeriesData {
        if (times.length != values.length) {
            throw new IllegalArgumentException("times and values differ in length");
        }
    }

    public int size() {
        return times.length;
    }

    public Long lastValue() {
        return values.length == 0 ? null : values[values.length - 1];
    }

    /** The value at {@code time} exactly, or null when the series has no point then. */
    public Long valueAt(long time) {
        int i = Arrays.binarySearch(times, time);
        return i >= 0 ? values[i] : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeriesData other && key.equals(other.key) && Arrays.equals(times, other.times)
                && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SeriesData[" + key.label() + ", " + times.length + " points]";
    }
}
