package io.partita.ui.schemas;

import io.partita.async.AsyncCommand;
import io.partita.async.TaskRunner;
import io.partita.kafka.SchemaRegistryService;
import io.partita.model.SubjectCompatibility;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;

/** A subject's compatibility level: what applies, where it comes from, and setting or resetting it. */
public final class SubjectLevelViewModel {

    private final String subject;
    private final SchemaRegistryService service;

    // Properties
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "…");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObjectProperty<String> choice = new SimpleObjectProperty<>(this, "choice");
    private final ObjectProperty<SubjectCompatibility> current = new SimpleObjectProperty<>(this, "current");

    // Commands
    private final AsyncCommand<SubjectCompatibility> loadCommand;
    private final AsyncCommand<SubjectCompatibility> setCommand;
    private final AsyncCommand<SubjectCompatibility> resetCommand;

    SubjectLevelViewModel(String subject, SchemaRegistryService service, TaskRunner runner,
                          ObservableBooleanValue canMutate) {
        this.subject = subject;
        this.service = service;
        loadCommand = new AsyncCommand<>(runner, new SimpleBooleanProperty(true), () -> service.compatibility(subject),
                this::show, e -> error.set("Could not read the compatibility level: " + SchemasViewModel.message(e)));
        setCommand = new AsyncCommand<>(runner, Bindings.createBooleanBinding(() -> canMutate.get()
                        && choice.get() != null && current.get() != null && !choice.get().equals(current.get().own()),
                canMutate, choice, current), this::set, this::show,
                e -> error.set("Could not set the level: " + SchemasViewModel.message(e)));
        resetCommand = new AsyncCommand<>(runner, Bindings.createBooleanBinding(() -> canMutate.get()
                        && current.get() != null && !current.get().inherits(), canMutate, current), this::reset,
                this::show, e -> error.set("Could not reset the level: " + SchemasViewModel.message(e)));
    }

    private SubjectCompatibility set() {
        service.setCompatibility(subject, choice.get());
        return service.compatibility(subject);
    }

    private SubjectCompatibility reset() {
        service.resetCompatibility(subject);
        return service.compatibility(subject);
    }

    private void show(SubjectCompatibility level) {
        current.set(level);
        choice.set(level.effective());
        error.set("");
        description.set(level.inherits() ? "inherited from the global level"
                : "set on this subject · global " + level.global());
    }

    void dispose() {
        loadCommand.cancel();
        setCommand.cancel();
        resetCommand.cancel();
    }

    // Properties

    public ReadOnlyStringProperty descriptionProperty() { return description.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ObjectProperty<String> choiceProperty() { return choice; }
    public SubjectCompatibility current() { return current.get(); }

    // Commands

    public AsyncCommand<SubjectCompatibility> loadCommand() { return loadCommand; }
    public AsyncCommand<SubjectCompatibility> setCommand() { return setCommand; }
    public AsyncCommand<SubjectCompatibility> resetCommand() { return resetCommand; }
}
