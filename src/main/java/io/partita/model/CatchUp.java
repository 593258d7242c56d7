package io.partita.model;

/**
 * Whether a group will catch up with its producers and when: lag ÷ (consumption rate − production rate).
 *
 * @param seconds estimated seconds until the lag reaches zero; only for {@link Status#CATCHING_UP}
 */
public record CatchUp(Status status, Long seconds) {

    public enum Status {
        /** No lag. */
        CAUGHT_UP,
        /**
         * The backlog is under {@link #KEEPING_UP_SECONDS} of consumption: the group keeps pace and the lag is
         * in-flight work, not a trend; {@code seconds} to drain it at the current rate.
         */
        KEEPING_UP,
        /** Consuming faster than produced: {@code seconds} until caught up. */
        CATCHING_UP,
        /** Producers add at least as fast as the group consumes: the lag does not shrink. */
        FALLING_BEHIND,
        /** There is lag but nothing is consumed nor produced. */
        STALLED,
        /** Not enough samples (or nothing committed) to say. */
        UNKNOWN
    }

    /** A backlog smaller than this many seconds of consumption counts as keeping up (batching, commit lag). */
    public static final double KEEPING_UP_SECONDS = 5.0;

    /** Rates below this (offsets per second) count as zero: sampling noise, not traffic. */
    private static final double IDLE = 1e-9;

    public static CatchUp estimate(Long lag, Double consumeRate, Double produceRate) {
        if (lag == null) {
            return new CatchUp(Status.UNKNOWN, null);
        }
        if (lag == 0) {
            return new CatchUp(Status.CAUGHT_UP, 0L);
        }
        if (consumeRate == null || produceRate == null) {
            return new CatchUp(Status.UNKNOWN, null);
        }
        if (consumeRate > IDLE && lag <= consumeRate * KEEPING_UP_SECONDS) {
            return new CatchUp(Status.KEEPING_UP, (long) Math.ceil(lag / consumeRate));
        }
        double net = consumeRate - produceRate;
        if (net > IDLE) {
            return new CatchUp(Status.CATCHING_UP, (long) Math.ceil(lag / net));
        }
        if (consumeRate <= IDLE && produceRate <= IDLE) {
            return new CatchUp(Status.STALLED, null);
        }
        return new CatchUp(Status.FALLING_BEHIND, null);
    }

    /** Seconds for JSON output: the estimate, 0 when caught up, null when there is none. */
    public Long etaSeconds() {
        return status == Status.CAUGHT_UP ? Long.valueOf(0L) : seconds;
    }

    /** "caught up", "≈ 4 min 10 s", "falling behind", "not consuming", "—". */
    public String describe() {
        return switch (status) {
            case CAUGHT_UP -> "caught up";
            case KEEPING_UP -> "keeping up";
            case CATCHING_UP -> "≈ " + duration(seconds);
            case FALLING_BEHIND -> "falling behind";
            case STALLED -> "not consuming";
            case UNKNOWN -> "—";
        };
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        if (seconds < 86_400) {
            return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
        }
        return seconds / 86_400 + " d " + seconds % 86_400 / 3600 + " h";
    }
}
