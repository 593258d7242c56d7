package io.partita.model;

/**
 * A fixed number of (time, value) points; adding beyond the capacity drops the oldest. Primitive arrays, so an hour
 * of 2-second samples costs about 29 KB per series. Not thread-safe: one owner at a time.
 */
public final class LagRing {

    private long[] times;
    private long[] values;
    private int head;
    private int size;

    public LagRing(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("a ring needs room for at least 2 points, not " + capacity);
        }
        times = new long[capacity];
        values = new long[capacity];
    }

    public void add(long time, long value) {
        int slot = (head + size) % times.length;
        if (size == times.length) {
            head = (head + 1) % times.length;
        } else {
            size++;
        }
        times[slot] = time;
        values[slot] = value;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return times.length;
    }

    /** Keeps the newest points that fit the new capacity. */
    public void resize(int capacity) {
        if (capacity == times.length) {
            return;
        }
        LagRing copy = new LagRing(capacity);
        for (int i = Math.max(0, size - capacity); i < size; i++) {
            copy.add(time(i), value(i));
        }
        times = copy.times;
        values = copy.values;
        head = copy.head;
        size = copy.size;
    }

    /** The i-th point, 0 = oldest. */
    public long time(int i) {
        return times[(head + i) % times.length];
    }

    public long value(int i) {
        return values[(head + i) % times.length];
    }

    public SeriesData snapshot(SeriesKey key) {
        long[] t = new long[size];
        long[] v = new long[size];
        for (int i = 0; i < size; i++) {
            t[i] = time(i);
            v[i] = value(i);
        }
        return new SeriesData(key, t, v);
    }
}
