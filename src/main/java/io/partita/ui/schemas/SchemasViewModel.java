package io.partita.ui.schemas;

import io.partita.async.AsyncCommand;
import io.partita.async.TaskRunner;
import io.partita.kafka.SchemaRegistryService;
import io.partita.model.SubjectSummary;
import io.partita.schema.HttpSchemaRegistryClient;
import io.partita.schema.TopicNameStrategy;
import io.partita.ui.common.Command;
import io.partita.ui.common.DialogService;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The schemas tab: the subjects list with search, the global compatibility level, and the subject shown on the
 * right. Other tabs jump here with {@link #showSubject(String, Integer)}.
 */
public final class SchemasViewModel {

    /** What one refresh reads. {@code topics} is null when the topics could not be listed. */
    record Loaded(List<SubjectSummary> subjects, Set<String> topics, String globalLevel) {
    }

    private final SchemaRegistryService service;
    private final Callable<Set<String>> topicNames;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final SchemaDialogs schemaDialogs;

    // Properties
    private final ObservableList<SubjectRow> subjects = FXCollections.observableArrayList();
    private final FilteredList<SubjectRow> visible = new FilteredList<>(subjects);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty showDeleted = new SimpleBooleanProperty(this, "showDeleted", false);
    private final ReadOnlyStringWrapper globalLevel = new ReadOnlyStringWrapper(this, "globalLevel", "—");
    private final ObjectProperty<String> globalLevelChoice = new SimpleObjectProperty<>(this, "globalLevelChoice");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObjectProperty<SubjectRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<SubjectViewModel> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyBooleanWrapper canMutate = new ReadOnlyBooleanWrapper(this, "canMutate");
    private String pendingSubject;
    private Integer pendingVersion;

    // Commands
    private final AsyncCommand<Loaded> refreshCommand;
    private final AsyncCommand<String> setGlobalLevelCommand;
    private final Command newSubjectCommand;

    /** @param topicNames the cluster's topic names (blocking, bounded), to tell which subject's topic exists */
    public SchemasViewModel(SchemaRegistryService service, Callable<Set<String>> topicNames, TaskRunner runner,
                            DialogService dialogs, SchemaDialogs schemaDialogs) {
        this.service = service;
        this.topicNames = topicNames;
        this.runner = runner;
        this.dialogs = dialogs;
        this.schemaDialogs = schemaDialogs;
        canMutate.set(service.allowsMutations());
        visible.predicateProperty().bind(Bindings.createObjectBinding(
                () -> row -> row.matches(search.get()), search));
        summary.bind(Bindings.createStringBinding(this::summaryText, subjects, visible));
        refreshCommand = new AsyncCommand<>(runner, new SimpleBooleanProperty(true), this::load, this::show,
                e -> error.set("Could not read the registry: " + message(e)));
        setGlobalLevelCommand = new AsyncCommand<>(runner, Bindings.createBooleanBinding(
                () -> canMutate.get() && globalLevelChoice.get() != null
                        && !globalLevelChoice.get().equals(globalLevel.get()), canMutate, globalLevelChoice, globalLevel),
                this::setGlobalLevel, globalLevel::set, e -> error.set("Could not set the global level: " + message(e)));
        newSubjectCommand = new Command(canMutate, this::newSubject);
        selected.addListener((obs, old, row) -> {
            if (row != null && (old == null || !row.subject().equals(old.subject()))) {
                open(row.subject(), row.deleted());
            }
        });
        showDeleted.addListener((obs, old, now) -> refreshCommand.execute());
    }

    private Loaded load() throws Exception {
        List<SubjectSummary> rows = service.subjects(showDeleted.get());
        Set<String> topics;
        try {
            topics = topicNames.call();
        } catch (Exception e) {
            // The registry can be fine while Kafka is not: show the subjects, without topic existence.
            topics = null;
        }
        return new Loaded(rows, topics, service.globalCompatibility());
    }

    private void show(Loaded loaded) {
        String keep = selected.get() == null ? null : selected.get().subject();
        subjects.setAll(loaded.subjects().stream().map(s -> SubjectRow.of(s, loaded.topics())).toList());
        globalLevel.set(loaded.globalLevel());
        globalLevelChoice.set(loaded.globalLevel());
        error.set("");
        if (pendingSubject != null) {
            applyPending();
        } else if (keep != null) {
            subjects.stream().filter(r -> r.subject().equals(keep)).findFirst().ifPresent(selected::set);
        }
    }

    private String setGlobalLevel() {
        String level = globalLevelChoice.get();
        service.setCompatibility(null, level);
        return service.globalCompatibility();
    }

    private void newSubject() {
        Set<String> taken = subjects.stream().map(SubjectRow::subject).collect(java.util.stream.Collectors.toSet());
        List<String> suggestions = subjects.stream().filter(r -> r.topic() != null).map(r -> r.topic().topic())
                .distinct().map(t -> TopicNameStrategy.subjectOf(t, false)).filter(s -> !taken.contains(s)).toList();
        Optional<String> name = schemaDialogs.askSubjectName(suggestions).map(String::strip).filter(s -> !s.isEmpty());
        name.ifPresent(subject -> {
            Optional<SubjectRow> existing = subjects.stream().filter(r -> r.subject().equals(subject)).findFirst();
            if (existing.isPresent()) {
                selected.set(existing.get());
            } else {
                selected.set(null);
                open(subject, false);
            }
            detail.get().startNewVersion();
        });
    }

    /**
     * Shows a subject (and a version of it, or its latest when null): what a topic or a decoded message calls to
     * jump to its schema. Works before the list is loaded; a subject that is not (yet) listed is opened anyway so
     * the registry can say whether it exists.
     */
    public void showSubject(String subject, Integer version) {
        Objects.requireNonNull(subject, "subject");
        pendingSubject = subject;
        pendingVersion = version;
        search.set("");
        if (!subjects.isEmpty() || !refreshCommand.isRunning()) {
            applyPending();
        }
    }

    private void applyPending() {
        String subject = pendingSubject;
        Integer version = pendingVersion;
        pendingSubject = null;
        pendingVersion = null;
        Optional<SubjectRow> row = subjects.stream().filter(r -> r.subject().equals(subject)).findFirst();
        if (row.isPresent()) {
            selected.set(row.get());
        } else if (detail.get() == null || !detail.get().subject().equals(subject)) {
            selected.set(null);
            open(subject, false);
        }
        detail.get().selectVersion(version);
    }

    private void open(String subject, boolean deleted) {
        SubjectViewModel previous = detail.get();
        if (previous != null) {
            previous.dispose();
        }
        SubjectViewModel next = new SubjectViewModel(service, runner, dialogs, schemaDialogs, subject, deleted,
                this::subjectChanged);
        detail.set(next);
        next.refreshCommand().execute();
    }

    /** A register or delete in the detail changed the list: read it again, keeping the selection. */
    private void subjectChanged() {
        refreshCommand.execute();
    }

    /** Stops work in flight from delivering (the connection is closing). */
    public void dispose() {
        refreshCommand.cancel();
        if (detail.get() != null) {
            detail.get().dispose();
        }
    }

    private String summaryText() {
        long live = subjects.stream().filter(r -> !r.deleted()).count();
        String text = live + (live == 1 ? " subject" : " subjects");
        if (live != subjects.size()) {
            text += " + " + (subjects.size() - live) + " deleted";
        }
        return visible.size() == subjects.size() ? text : visible.size() + " of " + text;
    }

    static String message(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    // Properties

    public ObservableList<SubjectRow> visibleSubjects() { return visible; }
    public ObservableList<SubjectRow> subjects() { return FXCollections.unmodifiableObservableList(subjects); }
    public StringProperty searchProperty() { return search; }
    public BooleanProperty showDeletedProperty() { return showDeleted; }
    public ReadOnlyStringProperty globalLevelProperty() { return globalLevel.getReadOnlyProperty(); }
    public ObjectProperty<String> globalLevelChoiceProperty() { return globalLevelChoice; }
    public List<String> levels() { return HttpSchemaRegistryClient.COMPATIBILITY_LEVELS.stream().sorted().toList(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ObjectProperty<SubjectRow> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<SubjectViewModel> detailProperty() { return detail.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canMutateProperty() { return canMutate.getReadOnlyProperty(); }

    // Commands

    public AsyncCommand<Loaded> refreshCommand() { return refreshCommand; }
    public AsyncCommand<String> setGlobalLevelCommand() { return setGlobalLevelCommand; }
    public Command newSubjectCommand() { return newSubjectCommand; }
}
