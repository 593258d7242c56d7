package io.partita.kafka;

/**
 * Stops a running {@link MessageSender#send}. {@link #cancel()} stops handing new records to the producer; the
 * ones already handed are flushed and reported. {@link #abort()} also stops waiting for them: the producer is
 * closed at once and each unanswered record is reported as such. Both are safe from any thread and idempotent;
 * {@link #abort()} may block briefly (it joins the producer's I/O thread), so the UI calls it through its
 * task runner.
 */
public final class SendControl {

    private volatile boolean cancelled;
    private volatile boolean aborted;
    private volatile Runnable onAbort;

    public void cancel() {
        cancelled = true;
    }

    public void abort() {
        cancelled = true;
        aborted = true;
        Runnable hook = onAbort;
        if (hook != null) {
            hook.run();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean isAborted() {
        return aborted;
    }

    /** Set by the sender for the duration of a send: what abort must do to release it. */
    void onAbort(Runnable hook) {
        this.onAbort = hook;
        if (hook != null && aborted) {
            hook.run();
        }
    }
}
