package io.partita.ui.schemas;

import io.partita.async.AsyncCommand;
import io.partita.async.TaskRunner;
import io.partita.kafka.SchemaRegistryService;
import io.partita.model.RegisteredSchema;
import io.partita.schema.SchemaFormat;
import io.partita.schema.TopicNameStrategy;
import io.partita.ui.common.DialogService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One subject: its versions (soft-deleted ones marked), the selected version pretty-printed with its id and
 * references, its compatibility level, a diff of two versions, the register editor, export and deletes.
 */
public final class SubjectViewModel {

    /** The detail tab the view should show. */
    public enum Section { SCHEMA, COMPARE, NEW_VERSION }

    /** What one refresh reads: every version (deleted too) and which of them are live. */
    record Versions(List<Integer> all, List<Integer> live) {
    }

    private final String subject;
    private final SchemaRegistryService service;
    private final TaskRunner runner;
    private final Runnable onSubjectChanged;
    private final SubjectLevelViewModel level;
    private final SchemaDiffViewModel diff;
    private final RegisterViewModel register;
    private final SubjectDeletes deletes;

    // Properties
    private final ObservableList<VersionItem> versions = FXCollections.observableArrayList();
    private final ObjectProperty<VersionItem> selectedVersion = new SimpleObjectProperty<>(this, "selectedVersion");
    private final ReadOnlyObjectWrapper<RegisteredSchema> schema = new ReadOnlyObjectWrapper<>(this, "schema");
    private final ReadOnlyStringWrapper schemaText = new ReadOnlyStringWrapper(this, "schemaText", "");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper deleted = new ReadOnlyBooleanWrapper(this, "deleted");
    private final ReadOnlyBooleanWrapper canMutate = new ReadOnlyBooleanWrapper(this, "canMutate");
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.SCHEMA);
    private Integer wantedVersion;

    // Commands
    private final AsyncCommand<Versions> refreshCommand;
    private final AsyncCommand<RegisteredSchema> loadVersionCommand;

    SubjectViewModel(SchemaRegistryService service, TaskRunner runner, DialogService dialogs, SchemaDialogs files,
                     String subject, boolean deleted, Runnable onSubjectChanged) {
        this.subject = subject;
        this.service = service;
        this.runner = runner;
        this.onSubjectChanged = onSubjectChanged;
        this.deleted.set(deleted);
        canMutate.set(service.allowsMutations());
        level = new SubjectLevelViewModel(subject, service, runner, canMutate);
        diff = new SchemaDiffViewModel(subject, service, runner);
        register = new RegisterViewModel(subject, service, runner, files, canMutate, this::registered);
        deletes = new SubjectDeletes(this, service, runner, dialogs, files);
        refreshCommand = new AsyncCommand<>(runner, new SimpleBooleanProperty(true), this::readVersions,
                this::showVersions, e -> error.set(SchemasViewModel.message(e)));
        loadVersionCommand = new AsyncCommand<>(runner, new SimpleBooleanProperty(true), this::readSelected,
                this::showSchema, e -> error.set("Could not read the version: " + SchemasViewModel.message(e)));
        selectedVersion.addListener((obs, old, item) -> {
            if (item != null) {
                loadVersionCommand.cancel();
                loadVersionCommand.execute();
            }
        });
    }

    private Versions readVersions() {
        List<Integer> live = service.versionsOrNone(subject);
        List<Integer> all;
        try {
            all = service.versions(subject, true);
        } catch (RuntimeException e) {
            all = live;
        }
        return new Versions(all, live);
    }

    private void showVersions(Versions read) {
        Integer keep = wantedVersion != null ? wantedVersion
                : selectedVersion.get() == null ? null : selectedVersion.get().version();
        wantedVersion = null;
        int latest = read.live().isEmpty() ? -1 : read.live().get(read.live().size() - 1);
        List<VersionItem> items = new ArrayList<>();
        for (int v : read.all()) {
            items.add(new VersionItem(v, !read.live().contains(v), v == latest));
        }
        versions.setAll(items);
        deleted.set(read.live().isEmpty() && !read.all().isEmpty());
        error.set("");
        diff.setVersions(items);
        register.prepare();
        level.loadCommand().execute();
        if (items.isEmpty()) {
            selectedVersion.set(null);
            schema.set(null);
            schemaText.set("");
            details.set("");
            section.set(Section.NEW_VERSION);
            return;
        }
        VersionItem pick = items.stream().filter(i -> keep != null && i.version() == keep).findFirst()
                .orElse(items.stream().filter(VersionItem::latest).findFirst().orElse(items.get(items.size() - 1)));
        selectedVersion.set(null);
        selectedVersion.set(pick);
    }

    private RegisteredSchema readSelected() {
        VersionItem item = selectedVersion.get();
        return service.schema(subject, String.valueOf(item.version()), item.deleted());
    }

    private void showSchema(RegisteredSchema shown) {
        schema.set(shown);
        schemaText.set(SchemaFormat.pretty(shown.schemaType(), shown.schema()));
        List<String> lines = new ArrayList<>();
        lines.add("Version " + shown.version() + " · id " + shown.id() + " · " + shown.schemaType());
        shown.references().forEach(r -> lines.add("References " + r.name() + " → " + r.subject() + " v" + r.version()));
        details.set(String.join("\n", lines));
        error.set("");
    }

    /** Selects a version (the latest when null) once the versions are known. */
    public void selectVersion(Integer version) {
        section.set(Section.SCHEMA);
        Optional<VersionItem> item = versions.stream().filter(i -> version != null && i.version() == version)
                .findFirst();
        if (item.isPresent()) {
            selectedVersion.set(item.get());
        } else if (version != null) {
            wantedVersion = version;
        }
    }

    /** Opens the register editor, starting from the latest version's text when there is one. */
    public void startNewVersion() {
        section.set(Section.NEW_VERSION);
    }

    private void registered(int id) {
        status.set("Registered: schema id " + id);
        onSubjectChanged.run();
        refreshCommand.execute();
    }

    /** After a delete: read the versions again and let the list refresh. */
    void changed(String message) {
        status.set(message);
        onSubjectChanged.run();
        refreshCommand.execute();
    }

    /** A change outside the registry (an export): say so, nothing to reload. */
    void changedLocally(String message) {
        status.set(message);
        error.set("");
    }

    void failed(String message) {
        error.set(message);
    }

    void dispose() {
        refreshCommand.cancel();
        loadVersionCommand.cancel();
        level.dispose();
        diff.dispose();
        register.dispose();
    }

    public String subject() { return subject; }

    /** "Topic orders (value)" when the subject is named after a topic, else empty. */
    public String topicText() {
        return TopicNameStrategy.topicOf(subject).map(t -> "Topic " + t.label()).orElse("");
    }

    // Properties

    public ObservableList<VersionItem> versions() { return versions; }
    public ObjectProperty<VersionItem> selectedVersionProperty() { return selectedVersion; }
    public ReadOnlyObjectProperty<RegisteredSchema> schemaProperty() { return schema.getReadOnlyProperty(); }
    public ReadOnlyStringProperty schemaTextProperty() { return schemaText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailsProperty() { return details.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty deletedProperty() { return deleted.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canMutateProperty() { return canMutate.getReadOnlyProperty(); }
    public ObjectProperty<Section> sectionProperty() { return section; }
    public SubjectLevelViewModel level() { return level; }
    public SchemaDiffViewModel diff() { return diff; }
    public RegisterViewModel register() { return register; }
    public SubjectDeletes deletes() { return deletes; }

    // Commands

    public AsyncCommand<Versions> refreshCommand() { return refreshCommand; }
    public AsyncCommand<RegisteredSchema> loadVersionCommand() { return loadVersionCommand; }

    boolean selectedIsLive() {
        return selectedVersion.get() != null && !selectedVersion.get().deleted();
    }

    javafx.beans.binding.BooleanBinding selection(java.util.function.Predicate<VersionItem> test) {
        return Bindings.createBooleanBinding(() -> selectedVersion.get() != null && test.test(selectedVersion.get()),
                selectedVersion);
    }
}
