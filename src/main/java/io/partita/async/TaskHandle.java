package io.partita.async;

/** A running or scheduled task. Cancelling is idempotent; callbacks of a cancelled task are not called. */
public interface TaskHandle {

    void cancel();

    boolean isCancelled();

    TaskHandle DONE = new TaskHandle() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
