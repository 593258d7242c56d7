package io.partita.ui.main;

import io.partita.async.AsyncCommand;
import io.partita.async.TaskRunner;
import io.partita.model.ClusterProfile;
import io.partita.profile.ProfileStore;
import io.partita.ui.common.Command;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The first screen when there are no profiles: start the local sandbox, add a cluster or import client.properties. */
public final class WelcomeViewModel {

    // Properties
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper storeProblem = new ReadOnlyStringWrapper(this, "storeProblem", "");

    private final java.util.concurrent.atomic.AtomicLong steps = new java.util.concurrent.atomic.AtomicLong();
    private long shownStep;

    // Commands
    private final AsyncCommand<ClusterProfile> startSandboxCommand;
    private final Command addClusterCommand;
    /*
     * The shell (MainViewModel) sets the importer through setImportAction(...); without one the command is not
     * executable and the button says why in its tooltip.
     */
    private final ObjectProperty<Runnable> importAction = new SimpleObjectProperty<>(this, "importAction");
    private final Command importPropertiesCommand =
            new Command(importAction.isNotNull(), () -> importAction.get().run());

    /**
     * @param onSandboxReady gets the saved "Local sandbox" profile, on the UI thread
     */
    WelcomeViewModel(TaskRunner runner, ProfileStore store, SandboxStarter sandbox,
                     Consumer<ClusterProfile> onSandboxReady, Command addClusterCommand) {
        this.addClusterCommand = addClusterCommand;
        this.startSandboxCommand = new AsyncCommand<>(runner, new SimpleBooleanProperty(true), () -> {
            ClusterProfile profile = sandbox.start(step -> showProgressLater(runner, step));
            store.save(profile);
            return profile;
        }, profile -> {
            progress.set("Sandbox running at " + profile.bootstrapServers());
            onSandboxReady.accept(profile);
        }, e -> {
            progress.set("");
            error.set("Could not start the sandbox: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        });
        startSandboxCommand.runningProperty().addListener((obs, was, running) -> {
            if (running) {
                error.set("");
                progress.set("Starting a local Kafka broker and schema registry…");
            }
        });
    }

    /**
     * The starter reports from its own thread; the runner brings each step to the UI thread. Steps may arrive out
     * of order, so an older one never replaces a newer one.
     */
    private void showProgressLater(TaskRunner runner, String step) {
        long number = steps.incrementAndGet();
        runner.run(() -> step, text -> {
            if (number > shownStep && startSandboxCommand.isRunning()) {
                shownStep = number;
                progress.set(text);
            }
        }, e -> { });
    }

    // Properties

    public ReadOnlyStringProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** What went wrong reading the saved profiles (file moved aside), or "" when nothing did. */
    public ReadOnlyStringProperty storeProblemProperty() { return storeProblem.getReadOnlyProperty(); }

    void showStoreProblem(String problem) {
        storeProblem.set(problem == null ? "" : problem);
    }

    // Commands

    public AsyncCommand<ClusterProfile> startSandboxCommand() { return startSandboxCommand; }
    public Command addClusterCommand() { return addClusterCommand; }
    public Command importPropertiesCommand() { return importPropertiesCommand; }

    /** See the HOOK note at {@link #importPropertiesCommand}'s field; {@code null} disables the command again. */
    public void setImportAction(Runnable action) {
        importAction.set(action);
    }

    public boolean importAvailable() {
        return importAction.get() != null;
    }
}
