package io.partita.model;

import java.util.Collection;

/**
 * Consumer lag as a pure function of offsets (the idea of kafka-ui's ConsumerGroupUtil). Lag is absent (null),
 * never zero, when the group has committed nothing on a partition: zero would claim it is caught up.
 */
public final class Lags {

    private Lags() {
    }

    /**
     * @param committed the group's committed offset, null when nothing is committed
     * @param end       the partition's log-end offset, null when unknown (e.g. the partition is offline)
     * @return end − committed, at least 0 (the end may be read a moment before a newer commit), or null
     */
    public static Long of(Long committed, Long end) {
        if (committed == null || end == null) {
            return null;
        }
        return Math.max(0L, end - committed);
    }

    /** Sum of the lags that are known; null when none is (nothing committed anywhere). */
    public static Long total(Collection<Long> lags) {
        long sum = 0;
        boolean any = false;
        for (Long lag : lags) {
            if (lag != null) {
                sum += lag;
                any = true;
            }
        }
        return any ? sum : null;
    }

    /** The larger of two lags where null means absent. */
    public static Long max(Long a, Long b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }
}
