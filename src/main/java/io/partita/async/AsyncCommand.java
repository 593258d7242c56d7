package io.partita.async;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * A view-model command that runs background work through the {@link TaskRunner}. Buttons bind their
 * {@code disable} to {@code executableProperty().not()}; a command is not executable while it runs.
 * Only one run at a time: {@link #execute()} while running does nothing.
 */
public final class AsyncCommand<T> {

    private final TaskRunner runner;
    private final Callable<T> work;
    private final Consumer<? super T> onSuccess;
    private final Consumer<Throwable> onError;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final BooleanBinding executable;
    private TaskHandle handle = TaskHandle.DONE;

    public AsyncCommand(TaskRunner runner, ObservableBooleanValue condition, Callable<T> work,
                        Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        this.runner = runner;
        this.work = work;
        this.onSuccess = onSuccess;
        this.onError = onError;
        this.executable = Bindings.createBooleanBinding(() -> condition.get() && !running.get(), condition, running);
    }

    public void execute() {
        if (!executable.get()) {
            return;
        }
        running.set(true);
        handle = runner.run(work, result -> {
            running.set(false);
            onSuccess.accept(result);
        }, error -> {
            running.set(false);
            onError.accept(error);
        });
    }

    /** Abandons the current run: its result is dropped. */
    public void cancel() {
        handle.cancel();
        running.set(false);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public BooleanBinding executableProperty() {
        return executable;
    }

    public boolean isRunning() {
        return running.get();
    }
}
