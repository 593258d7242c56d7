package io.partita.model;

/**
 * How many copies of a draft to send and how fast.
 *
 * @param count         number of records (placeholders differ per copy: {@code ${i}} is 0 … count−1)
 * @param ratePerSecond at most this many records per second; 0 means as fast as the producer takes them
 */
public record BulkOptions(long count, double ratePerSecond) {

    public static final BulkOptions ONE = new BulkOptions(1, 0);

    public BulkOptions {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, not " + count);
        }
        if (ratePerSecond < 0 || Double.isNaN(ratePerSecond)) {
            throw new IllegalArgumentException("rate must be 0 (unlimited) or positive, not " + ratePerSecond);
        }
    }

    public boolean limited() {
        return ratePerSecond > 0;
    }
}
