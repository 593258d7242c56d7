package io.partita.model;

import java.time.Instant;

/**
 * How one record of a send ended. Every record handed to a send ends as exactly one of these, including records
 * that were never handed to the producer (cancelled, or stopped after a fatal error): nothing is left unreported.
 */
public sealed interface SendResult permits SendResult.Delivered, SendResult.Failed {

    /** Position of the record in its send: 0 … count−1 (what {@code ${i}} expanded to). */
    long index();

    /**
     * The broker acknowledged the record (with acks=0 the producer only knows it was sent: offset is −1).
     *
     * @param timestamp the record's timestamp as the broker stored it (create or log-append time)
     */
    record Delivered(long index, int partition, long offset, Instant timestamp) implements SendResult {

        public boolean offsetKnown() {
            return offset >= 0;
        }
    }

    /**
     * The record was not delivered.
     *
     * @param partition   the partition it was meant for, −1 when not known
     * @param exception   simple class name of the cause, e.g. {@code NotEnoughReplicasException}
     * @param message     the cause's own message
     * @param explanation what it means and what to check, in plain words
     * @param sent        false when the record never reached the producer: then it was certainly not written
     */
    record Failed(long index, int partition, String exception, String message, String explanation, boolean sent)
            implements SendResult {
    }
}
