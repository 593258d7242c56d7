package io.partita.async;

/** A handle that only remembers whether it was cancelled: for runners that check it before they run a task. */
final class CancelFlag implements TaskHandle {

    private volatile boolean cancelled;

    @Override
    public void cancel() {
        cancelled = true;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}
