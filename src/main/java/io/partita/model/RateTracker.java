package io.partita.model;

import java.util.ArrayDeque;
import java.util.Map;

/**
 * Consumption and production rates of one group from successive samples. Each step counts how far committed
 * offsets and log ends moved on the partitions present in both samples, so a partition that gets its first commit
 * does not look like a burst of consumption, and a reset backwards does not count as negative consumption.
 * Rates are averaged over a time window (default 30 s) to smooth commit batching. Not thread-safe.
 */
public final class RateTracker {

    private final long windowMillis;
    private final ArrayDeque<long[]> points = new ArrayDeque<>(); // {time, consumed so far, produced so far}
    private Map<PartitionRef, OffsetPair> previous;
    private long consumed;
    private long produced;

    public RateTracker(long windowMillis) {
        this.windowMillis = windowMillis;
    }

    /** Offsets per second: {@code consume} for commits, {@code produce} for log ends; null until two samples. */
    public record Rates(Double consume, Double produce) {
        static final Rates NONE = new Rates(null, null);
    }

    public Rates update(long timeMillis, Map<PartitionRef, OffsetPair> offsets) {
        if (previous != null && !points.isEmpty() && timeMillis <= points.peekLast()[0]) {
            return rates(); // out of order or duplicate: keep what we have
        }
        if (previous != null) {
            offsets.forEach((ref, now) -> {
                OffsetPair before = previous.get(ref);
                if (before != null) {
                    consumed += Math.max(0, now.committed() - before.committed());
                    produced += Math.max(0, now.end() - before.end());
                }
            });
        }
        previous = Map.copyOf(offsets);
        points.addLast(new long[] {timeMillis, consumed, produced});
        while (points.size() > 2 && secondOldestTime() <= timeMillis - windowMillis) {
            points.removeFirst();
        }
        return rates();
    }

    private long secondOldestTime() {
        var it = points.iterator();
        it.next();
        return it.next()[0];
    }

    private Rates rates() {
        if (points.size() < 2) {
            return Rates.NONE;
        }
        long[] first = points.peekFirst();
        long[] last = points.peekLast();
        double seconds = (last[0] - first[0]) / 1000.0;
        return new Rates((last[1] - first[1]) / seconds, (last[2] - first[2]) / seconds);
    }
}
