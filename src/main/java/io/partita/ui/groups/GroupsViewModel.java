package io.partita.ui.groups;

import io.partita.async.AsyncCommand;
import io.partita.async.TaskRunner;
import io.partita.model.GroupList;
import io.partita.model.GroupSummary;
import io.partita.ui.common.Command;
import io.partita.ui.common.DialogService;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
 * The consumer groups tab: the list (loaded in batches, filtered as you type), the selected group's detail and the
 * live lag chart. Rows arrive batch by batch so thousands of groups never freeze the table.
 */
public final class GroupsViewModel {

    /** Which part of the tab is in front. */
    public enum Page { LIST, CHART }

    public static final String ALL_STATES = "All states";

    private final TaskRunner runner;
    private final GroupsBackend backend;
    private final Clock clock;
    private final GroupDetailViewModel detail;
    private final LagChartViewModel chart;
    private long generation;
    private long loadStarted;

    // Properties
    private final ObservableList<GroupSummary> groups = FXCollections.observableArrayList();
    private final ObservableList<GroupSummary> groupsView = FXCollections.unmodifiableObservableList(groups);
    private final FilteredList<GroupSummary> filtered = new FilteredList<>(groups, g -> true);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final StringProperty stateFilter = new SimpleStringProperty(this, "stateFilter", ALL_STATES);
    private final BooleanProperty lagOnly = new SimpleBooleanProperty(this, "lagOnly");
    private final ObservableList<String> states = FXCollections.observableArrayList(ALL_STATES);
    private final ObjectProperty<GroupSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Page.LIST);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    private String lastSelected;

    // Commands
    private final AsyncCommand<GroupList> loadCommand;
    private final Command refreshCommand;

    public GroupsViewModel(TaskRunner runner, GroupsBackend backend, DialogService dialogs, GroupDialogs groupDialogs,
                           LagFeed feed, Clock clock) {
        this.runner = runner;
        this.backend = backend;
        this.clock = clock;
        this.chart = new LagChartViewModel(runner, feed, groupDialogs, clock);
        this.detail = new GroupDetailViewModel(runner, backend, dialogs, groupDialogs, new GroupDetailViewModel.Hooks(
                this::chartGroup, this::groupChanged, this::groupDeleted));
        this.loadCommand = new AsyncCommand<>(runner, new SimpleBooleanProperty(true), this::load, this::loaded,
                this::failed);
        this.refreshCommand = new Command(loadCommand.executableProperty(), this::refresh);
        filtered.predicateProperty().bind(Bindings.createObjectBinding(this::predicate, filter, stateFilter, lagOnly));
        selected.addListener((obs, old, now) -> {
            if (now != null && (old == null || !old.groupId().equals(now.groupId()))) {
                lastSelected = now.groupId();
                detail.show(now.groupId());
            }
        });
    }

    /** Runs on a worker thread: batches are handed to the UI thread as they come. */
    private GroupList load() {
        long mine;
        synchronized (this) {
            mine = generation;
        }
        return backend.list(batch -> runner.run(() -> batch, rows -> append(mine, rows), e -> { }));
    }

    public void refresh() {
        synchronized (this) {
            generation++;
        }
        loadStarted = clock.millis();
        groups.clear();
        status.set("Loading groups…");
        loadCommand.execute();
    }

    private void append(long batchGeneration, List<GroupSummary> rows) {
        synchronized (this) {
            // A batch of a load that a newer refresh replaced, or one overtaken by its own load's final list
            // (batches travel through their own hand-off, so they may arrive after it).
            if (batchGeneration != generation || !loadCommand.isRunning()) {
                return;
            }
        }
        groups.addAll(rows);
        status.set("Loading… " + GroupFormats.count((long) groups.size()) + " groups so far");
    }

    private void loaded(GroupList list) {
        if (!groups.equals(list.groups())) {
            groups.setAll(list.groups()); // the complete list wins over what batches delivered
        }
        error.set(list.problems().isEmpty() ? "" : String.join("; ", list.problems()));
        states.setAll(ALL_STATES);
        list.groups().stream().map(GroupSummary::state).distinct().sorted().forEach(states::add);
        chart.suggestions().setAll(list.groups().stream().map(GroupSummary::groupId).toList());
        long members = list.groups().stream().mapToLong(g -> g.members() == null ? 0 : g.members()).sum();
        status.set(GroupFormats.count((long) list.groups().size()) + " groups · " + GroupFormats.count(members)
                + " members · loaded in " + String.format(Locale.ROOT, "%.1f s", (clock.millis() - loadStarted) / 1000.0));
        reselect();
    }

    /** After a reload the rows are new objects: select the same group again (the detail stays on it). */
    private void reselect() {
        if (lastSelected != null) {
            groups.stream().filter(g -> g.groupId().equals(lastSelected)).findFirst().ifPresent(g -> {
                if (selected.get() != g) {
                    selected.set(g);
                }
            });
        }
    }

    private void failed(Throwable e) {
        status.set("");
        error.set("Could not list the groups: " + message(e));
    }

    static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private java.util.function.Predicate<GroupSummary> predicate() {
        String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        String state = stateFilter.get();
        boolean onlyLag = lagOnly.get();
        return g -> (text.isEmpty() || matches(g, text))
                && (state == null || ALL_STATES.equals(state) || state.equals(g.state()))
                && (!onlyLag || g.totalLag() != null && g.totalLag() > 0);
    }

    private static boolean matches(GroupSummary g, String text) {
        return g.groupId().toLowerCase(Locale.ROOT).contains(text)
                || g.topics().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(text));
    }

    private void chartGroup(String groupId) {
        chart.add(groupId);
        page.set(Page.CHART);
    }

    private void groupChanged(String groupId) {
        refresh();
    }

    private void groupDeleted(String groupId) {
        groups.removeIf(g -> g.groupId().equals(groupId));
        lastSelected = null;
        selected.set(null);
        chart.remove(groupId);
    }

    /** Stops everything this tab started (the connection is closing). */
    public void dispose() {
        loadCommand.cancel();
        detail.dispose();
        chart.dispose();
    }

    // Properties

    public ObservableList<GroupSummary> groups() { return groupsView; }
    public ObservableList<GroupSummary> filteredGroups() { return filtered; }
    public StringProperty filterProperty() { return filter; }
    public StringProperty stateFilterProperty() { return stateFilter; }
    public BooleanProperty lagOnlyProperty() { return lagOnly; }
    public ObservableList<String> states() { return states; }
    public ObjectProperty<GroupSummary> selectedProperty() { return selected; }
    public ObjectProperty<Page> pageProperty() { return page; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loadCommand.runningProperty(); }
    public GroupDetailViewModel detail() { return detail; }
    public LagChartViewModel chart() { return chart; }

    // Commands

    public Command refreshCommand() { return refreshCommand; }
}
