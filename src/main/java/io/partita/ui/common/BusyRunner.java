package io.partita.ui.common;

import io.partita.async.TaskHandle;
import io.partita.async.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs one background operation at a time for a view model whose operations differ per call (set this config,
 * delete that topic). Commands bind their executability to {@code busyProperty().not()}; a call while busy is
 * refused rather than queued, so a double-click cannot run a mutation twice.
 */
public final class BusyRunner {

    private final TaskRunner runner;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private TaskHandle handle = TaskHandle.DONE;

    public BusyRunner(TaskRunner runner) {
        this.runner = runner;
    }

    /** @return false (and nothing runs) when another operation is still running */
    public <T> boolean run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        if (busy.get()) {
            return false;
        }
        busy.set(true);
        handle = runner.run(work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, e -> {
            busy.set(false);
            onError.accept(e);
        });
        return true;
    }

    /** Drops the running operation's result (the screen is going away); the operation itself may still finish. */
    public void cancel() {
        handle.cancel();
        busy.set(false);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** The message of a failure, for a banner: never null, never a bare class name when a message exists. */
    public static String message(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
