package io.partita.ui.common;

import io.partita.async.AsyncCommand;
import io.partita.async.TaskRunner;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * An {@link AsyncCommand} whose input is read from the view model on the UI thread when it is executed, then
 * handed to the background work: properties are never read off the UI thread.
 */
public final class SnapshotCommand<I, T> {

    /** Background work on a snapshot of the input. */
    @FunctionalInterface
    public interface Work<I, T> {
        T apply(I input) throws Exception;
    }

    private final Supplier<I> input;
    private final AsyncCommand<T> command;
    private volatile I pending;

    public SnapshotCommand(TaskRunner runner, ObservableBooleanValue condition, Supplier<I> input, Work<I, T> work,
                           Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        this.input = input;
        this.command = new AsyncCommand<>(runner, condition, () -> work.apply(pending), onSuccess, onError);
    }

    public void execute() {
        if (command.executableProperty().get()) {
            pending = input.get();
            command.execute();
        }
    }

    public void cancel() {
        command.cancel();
    }

    public BooleanBinding executableProperty() {
        return command.executableProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return command.runningProperty();
    }

    public boolean isRunning() {
        return command.isRunning();
    }
}
