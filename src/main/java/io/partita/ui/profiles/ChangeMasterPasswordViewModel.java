package io.partita.ui.profiles;

import io.partita.async.TaskRunner;
import io.partita.profile.SecretStore;
import io.partita.profile.WrongMasterPasswordException;
import io.partita.ui.common.BusyRunner;
import io.partita.ui.common.SnapshotCommand;
import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Change master password": the current password, the new one and its repetition. A mismatch is shown while typing
 * and keeps the command disabled; the change (two key derivations, about a second) runs on the task runner, and a
 * wrong current password is reported here, with the dialog still open. {@link #doneProperty()} turns true once the
 * secrets are re-encrypted. Call on the UI thread.
 */
public final class ChangeMasterPasswordViewModel {

    static final String MISMATCH = "The new password and its repetition differ.";
    static final String WRONG_CURRENT = "The current master password is wrong (or the secrets file was changed "
            + "meanwhile). Nothing was changed.";

    private record Passwords(char[] current, char[] next) {
        void wipe() {
            Arrays.fill(current, '\0');
            Arrays.fill(next, '\0');
        }
    }

    private final SecretStore secrets;

    // Properties
    private final StringProperty current = new SimpleStringProperty(this, "current", "");
    private final StringProperty next = new SimpleStringProperty(this, "next", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final StringBinding mismatch;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");

    // Commands
    private final SnapshotCommand<Passwords, Void> changeCommand;

    public ChangeMasterPasswordViewModel(TaskRunner runner, SecretStore secrets) {
        this.secrets = secrets;
        mismatch = Bindings.createStringBinding(
                () -> repeat.get().isEmpty() || repeat.get().equals(next.get()) ? null : MISMATCH, next, repeat);
        BooleanBinding complete = Bindings.createBooleanBinding(() -> !current.get().isEmpty() && !next.get().isEmpty()
                && next.get().equals(repeat.get()) && !done.get(), current, next, repeat, done);
        changeCommand = new SnapshotCommand<>(runner, complete,
                () -> new Passwords(current.get().toCharArray(), next.get().toCharArray()), this::change,
                ok -> finished(), this::failed);
        current.addListener((obs, old, now) -> error.set(null));
    }

    /** Runs on a worker thread. */
    private Void change(Passwords passwords) throws WrongMasterPasswordException {
        try {
            secrets.changeMasterPassword(passwords.current(), passwords.next());
            return null;
        } finally {
            passwords.wipe();
        }
    }

    private void finished() {
        current.set("");
        next.set("");
        repeat.set("");
        error.set(null);
        done.set(true);
    }

    private void failed(Throwable e) {
        error.set(e instanceof WrongMasterPasswordException ? WRONG_CURRENT : BusyRunner.message(e));
    }

    // Properties

    public StringProperty currentProperty() { return current; }
    public StringProperty nextProperty() { return next; }
    public StringProperty repeatProperty() { return repeat; }
    /** Null while the repetition is empty or matches. */
    public StringBinding mismatchProperty() { return mismatch; }
    /** Why the last attempt failed; null when it did not. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty doneProperty() { return done.getReadOnlyProperty(); }

    // Commands

    public SnapshotCommand<?, ?> changeCommand() { return changeCommand; }
}
