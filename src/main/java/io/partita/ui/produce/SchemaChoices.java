package io.partita.ui.produce;

import io.partita.async.TaskRunner;
import io.partita.model.ProduceFormat;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Registry subjects and versions for the Avro key and value editors. Choosing Avro suggests the topic's own
 * subject ({@code <topic>-value} / {@code <topic>-key}, the default naming strategy); choosing a subject loads
 * its versions. All registry calls go through the task runner.
 */
public final class SchemaChoices {

    private final ProduceService service;
    private final TaskRunner runner;
    private final Consumer<String> onError;
    private final ObservableList<String> subjects = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");

    SchemaChoices(ProduceService service, TaskRunner runner, StringProperty topic, PayloadEditorModel key,
                  PayloadEditorModel value, Consumer<String> onError) {
        this.service = service;
        this.runner = runner;
        this.onError = onError;
        this.available.set(service.hasRegistry());
        follow(key, topic, "-key");
        follow(value, topic, "-value");
    }

    void load() {
        if (!service.hasRegistry()) {
            return;
        }
        runner.run(service::subjects, subjects::setAll, e -> onError.accept("Could not list registry subjects: "
                + ProduceViewModel.message(e)));
    }

    private void follow(PayloadEditorModel editor, StringProperty topic, String suffix) {
        editor.formatProperty().addListener((obs, old, format) -> {
            if (format == ProduceFormat.AVRO && editor.subjectProperty().get().isBlank() && !topic.get().isBlank()) {
                editor.subjectProperty().set(topic.get() + suffix);
            }
        });
        topic.addListener((obs, old, now) -> {
            String subject = editor.subjectProperty().get();
            if (old != null && subject.equals(old + suffix)) {
                editor.subjectProperty().set(now + suffix);
            }
        });
        editor.subjectProperty().addListener((obs, old, subject) -> versions(editor, subject));
    }

    private void versions(PayloadEditorModel editor, String subject) {
        if (!service.hasRegistry() || subject == null || subject.isBlank()) {
            editor.setVersions(java.util.List.of());
            return;
        }
        runner.run(() -> service.versions(subject), editor::setVersions, e -> editor.setVersions(java.util.List.of()));
    }

    public ObservableList<String> subjects() { return subjects; }
    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }
}
