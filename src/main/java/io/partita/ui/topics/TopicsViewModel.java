package io.partita.ui.topics;

import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.kafka.TopicAdmin;
import io.partita.model.TopicFilter;
import io.partita.model.TopicSummary;
import io.partita.ui.common.BusyRunner;
import io.partita.ui.common.Command;
import io.partita.ui.common.DialogService;
import io.partita.ui.common.Quantities;
import io.partita.ui.configs.ConfigDialogs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
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
 * The topics list: loaded in batches (the first rows show while thousands more load), filtered as the user types,
 * with create and delete; selecting a topic opens its {@link TopicDetailViewModel}.
 */
public final class TopicsViewModel {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** A small first batch paints quickly; later batches are larger to keep round trips few. */
    static final int FIRST_BATCH = 200;
    static final int BATCH = 1000;
    /** Batches in flight at once: enough to keep every broker busy, few enough not to flood one. */
    static final int PARALLEL = 3;

    private final TaskRunner runner;
    private final ClusterSession session;
    private final DialogService dialogs;
    private final TopicDialogs topicDialogs;
    private final ConfigDialogs configDialogs;
    private final BusyRunner mutations;
    private final boolean mutable;

    // Properties
    private final ObservableList<TopicSummary> all = FXCollections.observableArrayList();
    private final FilteredList<TopicSummary> shown = new FilteredList<>(all, t -> !t.internal());
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final BooleanProperty regex = new SimpleBooleanProperty(this, "regex");
    private final BooleanProperty showInternal = new SimpleBooleanProperty(this, "showInternal");
    private final ObjectProperty<String> selectedTopic = new SimpleObjectProperty<>(this, "selectedTopic");
    private final ReadOnlyObjectWrapper<TopicDetailViewModel> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final javafx.beans.property.ReadOnlyObjectWrapper<Map<String, io.partita.model.TopicGroupLag>> groupLag =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "groupLag", Map.of());
    private final ReadOnlyDoubleWrapper loadedFraction = new ReadOnlyDoubleWrapper(this, "loadedFraction");
    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper(this, "filterError", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    // Commands
    private final Command refreshCommand;
    private final Command createCommand;
    private final Command deleteCommand;

    private int firstBatch = FIRST_BATCH;
    private int batch = BATCH;
    private int generation;
    private TopicLoad load = new TopicLoad(null, null, TIMEOUT, 1, 1, 1);
    private Predicate<String> nameFilter = name -> true;

    public TopicsViewModel(TaskRunner runner, ClusterSession session, DialogService dialogs, TopicDialogs topicDialogs,
                           ConfigDialogs configDialogs) {
        this.runner = runner;
        this.session = session;
        this.dialogs = dialogs;
        this.topicDialogs = topicDialogs;
        this.configDialogs = configDialogs;
        this.mutations = new BusyRunner(runner);
        this.mutable = session.allowsMutations();
        var allowed = mutations.busyProperty().not().and(new SimpleBooleanProperty(mutable));
        refreshCommand = new Command(loading.not(), this::refresh);
        createCommand = new Command(allowed, this::create);
        deleteCommand = new Command(allowed.and(selectedTopic.isNotNull()), this::delete);
        filterText.addListener((obs, o, n) -> applyFilter());
        regex.addListener((obs, o, n) -> applyFilter());
        showInternal.addListener((obs, o, n) -> applyFilter());
        summary.bind(Bindings.createStringBinding(this::summaryText, shown, all));
        selectedTopic.addListener((obs, old, name) -> openDetail(name));
    }

    // Loading

    private void refresh() {
        int gen = ++generation;
        load.cancel();
        loading.set(true);
        error.set("");
        progress.set("Listing topics…");
        loadedFraction.set(0);
        // The first load streams rows into the table; a refresh swaps them in once, so the table does not blink.
        boolean stream = all.isEmpty();
        int[] counts = new int[2];
        load = new TopicLoad(runner, session.topics(), TIMEOUT, firstBatch, batch, PARALLEL);
        load.start(new TopicLoad.Listener() {
            @Override
            public void names(int total) {
                counts[1] = total;
                progress.set("Loading " + Quantities.count(total) + " topics…");
            }

            @Override
            public void rows(List<TopicSummary> rows) {
                counts[0] += rows.size();
                loadedFraction.set(counts[1] == 0 ? 1 : (double) counts[0] / counts[1]);
                if (stream) {
                    all.addAll(rows);
                }
                progress.set("Loaded " + Quantities.count(counts[0]) + " of " + Quantities.count(counts[1])
                        + " topics…");
            }

            @Override
            public void done(List<TopicSummary> rows, Map<String, Long> sizes) {
                if (!stream || !sizes.isEmpty()) {
                    all.setAll(TopicAdmin.withSizes(sortedByName(rows), sizes));
                }
                loading.set(false);
                progress.set(sizes.isEmpty() && !rows.isEmpty()
                        ? "Sizes on disk are not available (describeLogDirs was refused or timed out)" : "");
                loadGroupLag(gen, rows);
            }

            @Override
            public void failed(Throwable e) {
                TopicsViewModel.this.failed(gen, e);
            }
        });
    }

    /** Consumer groups per topic and their worst lag: after the rows, so the list never waits for them. */
    private void loadGroupLag(int gen, List<TopicSummary> rows) {
        List<String> names = rows.stream().map(TopicSummary::name).toList();
        runner.run(() -> session.groups().lagByTopic(names, TIMEOUT), lag -> {
            if (gen == generation) {
                groupLag.set(Map.copyOf(lag));
            }
        }, e -> {
            if (gen == generation) {
                progress.set("Consumer group lag per topic is not available: " + BusyRunner.message(e));
            }
        });
    }

    private static List<TopicSummary> sortedByName(List<TopicSummary> rows) {
        List<TopicSummary> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparing(TopicSummary::name));
        return sorted;
    }

    private void failed(int gen, Throwable e) {
        if (gen != generation) {
            return;
        }
        load.cancel();
        loading.set(false);
        progress.set("");
        error.set("Could not load the topics: " + BusyRunner.message(e));
    }

    // Filtering

    private void applyFilter() {
        TopicFilter.Compiled compiled = TopicFilter.compile(filterText.get(), regex.get());
        if (compiled.error().isPresent()) {
            filterError.set(compiled.problem());
        } else {
            filterError.set("");
            nameFilter = compiled.matches();
        }
        Predicate<String> names = nameFilter;
        boolean internal = showInternal.get();
        shown.setPredicate(t -> (internal || !t.internal()) && names.test(t.name()));
    }

    private String summaryText() {
        long visibleTotal = showInternal.get() ? all.size() : all.stream().filter(t -> !t.internal()).count();
        if (shown.size() == visibleTotal) {
            return Quantities.count(visibleTotal) + (visibleTotal == 1 ? " topic" : " topics");
        }
        return Quantities.count(shown.size()) + " of " + Quantities.count(visibleTotal) + " topics";
    }

    // Create and delete

    private void create() {
        List<String> existing = all.stream().map(TopicSummary::name).toList();
        CreateTopicViewModel dialog = new CreateTopicViewModel(runner, session, existing);
        topicDialogs.createTopic(dialog);
        if (dialog.createdTopicProperty().get() != null) {
            String name = dialog.createdTopicProperty().get();
            status.set("Created topic " + name + ".");
            refresh();
            selectedTopic.set(name);
        }
    }

    private void delete() {
        String name = selectedTopic.get();
        if (!topicDialogs.confirmByName("Delete topic", "Deleting " + name + " removes all its messages for good. "
                + "Consumers and producers using it will fail or recreate it if auto-create is on.", name, "Delete")) {
            return;
        }
        mutations.run(() -> {
            session.topicMutations().delete(name, TopicDetailViewModel.TIMEOUT);
            return name;
        }, deleted -> {
            all.removeIf(t -> t.name().equals(deleted));
            if (deleted.equals(selectedTopic.get())) {
                selectedTopic.set(null);
            }
            status.set("Deleted topic " + deleted + ".");
        }, e -> dialogs.showError("Delete topic", BusyRunner.message(e)));
    }

    // Detail

    private void openDetail(String name) {
        TopicDetailViewModel old = detail.get();
        if (old != null) {
            old.dispose();
        }
        if (name == null) {
            detail.set(null);
            return;
        }
        TopicDetailViewModel next = new TopicDetailViewModel(runner, session, name, dialogs, topicDialogs,
                configDialogs);
        detail.set(next);
        next.refreshCommand().execute();
    }

    /** Smaller batches let tests see rows arrive in several steps on a small cluster. */
    void batchSizes(int first, int rest) {
        this.firstBatch = first;
        this.batch = rest;
    }

    /** Stops loading and any polling of the open detail (the connection is closing). */
    public void dispose() {
        generation++;
        load.cancel();
        mutations.cancel();
        if (detail.get() != null) {
            detail.get().dispose();
        }
    }

    // Properties

    public ObservableList<TopicSummary> topics() { return shown; }
    public StringProperty filterTextProperty() { return filterText; }
    public BooleanProperty regexProperty() { return regex; }
    public BooleanProperty showInternalProperty() { return showInternal; }
    public ObjectProperty<String> selectedTopicProperty() { return selectedTopic; }
    public ReadOnlyObjectProperty<TopicDetailViewModel> detailProperty() { return detail.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** Per topic: the consumer groups with offsets on it and the worst lag; empty until loaded after the list. */
    public javafx.beans.property.ReadOnlyObjectProperty<Map<String, io.partita.model.TopicGroupLag>>
            groupLagProperty() { return groupLag.getReadOnlyProperty(); }
    /** 0 to 1 while loading: a determinate bar (an animated spinner costs a repaint every frame). */
    public ReadOnlyDoubleProperty loadedFractionProperty() { return loadedFraction.getReadOnlyProperty(); }
    public ReadOnlyStringProperty filterErrorProperty() { return filterError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public boolean mutable() { return mutable; }
    /** Every loaded topic, internal ones included (for tests and the create dialog's collision check). */
    public List<TopicSummary> loadedTopics() { return List.copyOf(all); }

    // Commands

    public Command refreshCommand() { return refreshCommand; }
    public Command createCommand() { return createCommand; }
    public Command deleteCommand() { return deleteCommand; }
}
