package io.partita.ui.produce;

import io.partita.model.PayloadDraft;
import io.partita.model.ProduceFormat;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editor state of a record key or value: format, text, and for Avro the subject and version. The error is
 * set by the produce view model when a send finds this part at fault and cleared when the user edits it.
 */
public final class PayloadEditorModel {

    private final String name;
    private final ObjectProperty<ProduceFormat> format = new SimpleObjectProperty<>(this, "format", ProduceFormat.STRING);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty subject = new SimpleStringProperty(this, "subject", "");
    private final StringProperty version = new SimpleStringProperty(this, "version", PayloadDraft.LATEST);
    private final ObservableList<String> versions = FXCollections.observableArrayList(PayloadDraft.LATEST);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding avro = Bindings.createBooleanBinding(
            () -> format.get() == ProduceFormat.AVRO, format);
    private final BooleanBinding hasText = Bindings.createBooleanBinding(
            () -> format.get() != ProduceFormat.NULL, format);

    PayloadEditorModel(String name, ProduceFormat initial) {
        this.name = name;
        format.set(initial);
        text.addListener((obs, o, n) -> {
            error.set("");
            // Typing into a "no key" field means a key: switch to text rather than drop what was typed.
            if (format.get() == ProduceFormat.NULL && n != null && !n.isEmpty()) {
                format.set(ProduceFormat.STRING);
            }
        });
        format.addListener((obs, o, n) -> error.set(""));
        subject.addListener((obs, o, n) -> error.set(""));
    }

    /** "Key" or "Value". */
    public String name() {
        return name;
    }

    PayloadDraft draft() {
        return new PayloadDraft(format.get(), text.get(), subject.get(), version.get());
    }

    void load(PayloadDraft draft) {
        format.set(draft.format());
        text.set(draft.text());
        subject.set(draft.subject() == null ? "" : draft.subject());
        version.set(draft.version());
    }

    void showError(String message) {
        error.set(message);
    }

    /** The versions of the chosen subject, newest first, after "latest". */
    void setVersions(java.util.List<Integer> numbers) {
        java.util.List<String> items = new java.util.ArrayList<>();
        items.add(PayloadDraft.LATEST);
        numbers.stream().sorted(java.util.Comparator.reverseOrder()).map(String::valueOf).forEach(items::add);
        versions.setAll(items);
        if (!versions.contains(version.get())) {
            version.set(PayloadDraft.LATEST);
        }
    }

    // Properties

    public ObjectProperty<ProduceFormat> formatProperty() { return format; }
    public StringProperty textProperty() { return text; }
    public StringProperty subjectProperty() { return subject; }
    public StringProperty versionProperty() { return version; }
    public ObservableList<String> versions() { return versions; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public BooleanBinding avroProperty() { return avro; }
    public BooleanBinding hasTextProperty() { return hasText; }
}
