package io.partita.sandbox;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One time budget for a multi-step job: each wait gets what is left, so the whole job ends in time. Monotonic
 * (nanoTime), so clock changes do not matter. Failures of {@link #await} become {@link IllegalStateException}s that
 * name the job, the step and the cause.
 */
final class Deadline {

    private final String job;
    private final Duration budget;
    private final long endNanos;

    /** @param job names the job in every failure, e.g. "demo data for 127.0.0.1:9092" */
    Deadline(String job, Duration budget) {
        this.job = job;
        this.budget = budget;
        this.endNanos = System.nanoTime() + budget.toNanos();
    }

    static Deadline in(Duration timeout) {
        return new Deadline("sandbox", timeout);
    }

    boolean expired() {
        return System.nanoTime() - endNanos >= 0;
    }

    Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    /** What is left, never less than {@code floor}, so a last attempt still gets a sensible timeout. */
    Duration remaining(Duration floor) {
        Duration left = remaining();
        return left.compareTo(floor) < 0 ? floor : left;
    }

    /** Sleeps a little between polls; stops early at the deadline. */
    void pause(Duration interval) throws SandboxException {
        long millis = Math.min(interval.toMillis(), remaining().toMillis());
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while waiting for the sandbox", e);
        }
    }

    <T> T await(Future<T> future, String step) {
        try {
            return future.get(remaining().toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw failed(step, e.getCause() == null ? e : e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IllegalStateException(job + ": could not " + step + " within " + budget.toMillis()
                    + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(job + ": interrupted while waiting to " + step, e);
        }
    }

    private IllegalStateException failed(String step, Throwable cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new IllegalStateException(job + ": could not " + step + ": " + reason, cause);
    }
}
