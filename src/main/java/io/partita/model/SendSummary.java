package io.partita.model;

import java.time.Duration;

/**
 * The end of one send: counts that add up to {@code requested}.
 *
 * @param delivered  acknowledged records
 * @param failed     records handed to the producer that were not acknowledged
 * @param notSent    records never handed to the producer (cancel, a fatal error, input that did not encode)
 * @param stopReason why the send stopped before the last record, or null when it ran to the end
 */
public record SendSummary(long requested, long delivered, long failed, long notSent, Duration elapsed,
                          String stopReason) {

    public boolean allDelivered() {
        return delivered == requested;
    }

    /** Records per second over the whole send, 0 for an instant send. */
    public double recordsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : (delivered + failed) / seconds;
    }
}
