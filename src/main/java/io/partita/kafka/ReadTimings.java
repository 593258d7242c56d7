package io.partita.kafka;

import java.util.Locale;

/**
 * When one read reached each step on the way to its first rows, for the debug log: the client built, the offsets
 * found, the first records fetched, the first batch decoded and handed out. Set on the reader thread only.
 */
final class ReadTimings {

    private final long start = System.nanoTime();
    private long created;
    private long planned;
    private long firstRecords;
    private long firstOut;

    void created() {
        created = System.nanoTime();
    }

    void planned() {
        planned = System.nanoTime();
    }

    void records() {
        if (firstRecords == 0) {
            firstRecords = System.nanoTime();
        }
    }

    void handedOut() {
        if (firstOut == 0) {
            firstOut = System.nanoTime();
        }
    }

    /** "consumer 10 ms, offsets 20 ms, first records 45 ms, first batch out 53 ms, 1000000 records in 784 ms". */
    String describe(long records) {
        return String.format(Locale.ROOT, "consumer %d ms, offsets %d ms, first records %d ms, first batch out %d ms, "
                        + "%d records in %d ms", millis(start, created), millis(created, planned),
                millis(planned, firstRecords), millis(planned, firstOut), records, millis(start, System.nanoTime()));
    }

    /** -1 when a step was not reached. */
    private static long millis(long from, long to) {
        return from == 0 || to == 0 ? -1 : (to - from) / 1_000_000L;
    }
}
