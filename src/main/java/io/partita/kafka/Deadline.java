package io.partita.kafka;

import java.time.Duration;

/** A point in time that several Kafka calls of one operation share, so the whole operation stays bounded. */
final class Deadline {

    private final long nanos;
    private final Duration total;

    private Deadline(Duration total) {
        this.total = total;
        this.nanos = System.nanoTime() + total.toNanos();
    }

    static Deadline in(Duration total) {
        return new Deadline(total);
    }

    Duration remaining() {
        return Duration.ofNanos(Math.max(1_000_000L, nanos - System.nanoTime()));
    }

    int remainingMs() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, remaining().toMillis()));
    }

    Duration total() {
        return total;
    }
}
