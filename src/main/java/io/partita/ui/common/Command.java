package io.partita.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;

/**
 * A view-model command that runs at once on the UI thread (opening a dialog, selecting something).
 * Background work uses {@link io.partita.async.AsyncCommand} instead. Buttons bind {@code disable} to
 * {@code executableProperty().not()}.
 */
public final class Command {

    private final BooleanBinding executable;
    private final Runnable action;

    public Command(ObservableBooleanValue condition, Runnable action) {
        this.executable = Bindings.createBooleanBinding(condition::get, condition);
        this.action = action;
    }

    public static Command always(Runnable action) {
        return new Command(new javafx.beans.property.SimpleBooleanProperty(true), action);
    }

    /** Does nothing when not executable, so keyboard shortcuts and double-clicks need no own checks. */
    public void execute() {
        if (executable.get()) {
            action.run();
        }
    }

    public BooleanBinding executableProperty() {
        return executable;
    }
}
