package io.partita.sandbox;

import java.time.Duration;

/** A point in time that bounded waits count down to; monotonic (nanoTime), so clock changes do not matter. */
final class Deadline {

    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    static Deadline in(Duration timeout) {
        return new Deadline(System.nanoTime() + timeout.toNanos());
    }

    boolean expired() {
        return System.nanoTime() - endNanos >= 0;
    }

    /** What is left, never less than {@code floor}, so a last attempt still gets a sensible timeout. */
    Duration remaining(Duration floor) {
        Duration left = Duration.ofNanos(endNanos - System.nanoTime());
        return left.compareTo(floor) < 0 ? floor : left;
    }

    /** Sleeps a little between polls; stops early at the deadline. */
    void pause(Duration interval) throws SandboxException {
        long millis = Math.min(interval.toMillis(), Math.max(0, (endNanos - System.nanoTime()) / 1_000_000));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while waiting for the sandbox", e);
        }
    }
}
