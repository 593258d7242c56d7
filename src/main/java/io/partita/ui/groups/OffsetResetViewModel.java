package io.partita.ui.groups;

import io.partita.async.TaskRunner;
import io.partita.model.GroupDetail;
import io.partita.model.OffsetResetPlan;
import io.partita.model.OffsetResetRow;
import io.partita.model.OffsetResetSpec;
import io.partita.model.ResetScope;
import io.partita.ui.common.Command;
import io.partita.ui.common.DialogService;
import io.partita.ui.common.SnapshotCommand;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

/**
 * The offset reset dialog: mode and value, all topics or chosen topics/partitions, a dry-run plan (current → new,
 * resulting lag), then execute. Any edit discards the plan, so Execute always commits exactly the plan shown.
 * Execute is disabled on read-only profiles and while the group has members (the service refuses both anyway).
 */
public final class OffsetResetViewModel {

    /** What a preview asks the cluster for; built on the UI thread from the inputs. */
    public record Request(OffsetResetSpec spec, ResetScope scope) {
    }

    private final TaskRunner runner;
    private final GroupsBackend backend;
    private final DialogService dialogs;
    private final String groupId;
    private final Runnable onExecuted;
    private final ZoneId zone;

    // Properties (user input)
    private final ObjectProperty<ResetMode> mode = new SimpleObjectProperty<>(this, "mode", ResetMode.EARLIEST);
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final BooleanProperty allTopics = new SimpleBooleanProperty(this, "allTopics", true);
    private final ObservableList<TopicChoice> topics = FXCollections.observableArrayList(TopicChoice::observables);
    // Properties (output)
    private final ReadOnlyObjectWrapper<Request> request = new ReadOnlyObjectWrapper<>(this, "request");
    private final ReadOnlyStringWrapper inputError = new ReadOnlyStringWrapper(this, "inputError", "");
    private final ReadOnlyObjectWrapper<OffsetResetPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ObservableList<OffsetResetRow> rows = FXCollections.observableArrayList();
    private final ObservableList<OffsetResetRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper planSummary = new ReadOnlyStringWrapper(this, "planSummary", "");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper executing = new ReadOnlyBooleanWrapper(this, "executing");

    // Commands
    private final SnapshotCommand<Request, OffsetResetPlan> previewCommand;
    private final Command executeCommand;

    public OffsetResetViewModel(TaskRunner runner, GroupsBackend backend, DialogService dialogs, GroupDetail group,
                                Runnable onExecuted) {
        this(runner, backend, dialogs, group, onExecuted, ZoneId.systemDefault());
    }

    OffsetResetViewModel(TaskRunner runner, GroupsBackend backend, DialogService dialogs, GroupDetail group,
                         Runnable onExecuted, ZoneId zone) {
        this.runner = runner;
        this.backend = backend;
        this.dialogs = dialogs;
        this.groupId = group.groupId();
        this.onExecuted = onExecuted;
        this.zone = zone;
        group.topics().forEach(t -> topics.add(new TopicChoice(t)));
        this.previewCommand = new SnapshotCommand<>(runner, request.isNotNull(), request::get,
                r -> backend.planReset(groupId, r.spec(), r.scope()), this::showPlan,
                e -> error.set("Dry run failed: " + GroupsViewModel.message(e)));
        this.executeCommand = new Command(Bindings.createBooleanBinding(() -> plan.get() != null
                && plan.get().executable() && backend.allowsMutations() && !executing.get(), plan, executing),
                this::execute);
        mode.addListener((obs, old, now) -> value.set(defaultValue(now)));
        mode.addListener(obs -> validate());
        value.addListener(obs -> validate());
        allTopics.addListener(obs -> validate());
        topics.addListener((javafx.collections.ListChangeListener<TopicChoice>) c -> validate());
        warning.set(backend.allowsMutations() ? activeWarning(group.members().size(), group.state())
                : "Read-only profile: dry runs only, nothing can be committed.");
        validate();
    }

    private String defaultValue(ResetMode m) {
        return switch (m) {
            case DATETIME -> LocalDateTime.now(zone).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
            case OFFSET -> "0";
            case SHIFT -> "-100";
            default -> "";
        };
    }

    private String activeWarning(int members, String state) {
        return members == 0 ? "" : "Group " + groupId + " has " + members + " active member" + (members == 1 ? "" : "s")
                + " (" + state + "): stop its consumers to execute. You can still do a dry run.";
    }

    /** Rebuilds the request from the inputs; any change discards the shown plan. */
    private void validate() {
        clearPlan();
        try {
            request.set(new Request(spec(), scope()));
            inputError.set("");
        } catch (IllegalArgumentException e) {
            request.set(null);
            inputError.set(e.getMessage());
        }
    }

    private OffsetResetSpec spec() {
        String text = value.get() == null ? "" : value.get().strip();
        return switch (mode.get()) {
            case EARLIEST -> new OffsetResetSpec.ToEarliest();
            case LATEST -> new OffsetResetSpec.ToLatest();
            case DATETIME -> new OffsetResetSpec.ToTimestamp(io.partita.model.TimeInput.parse(text, zone));
            case OFFSET -> new OffsetResetSpec.ToOffset(number(text, "an offset (0 or more)"));
            case SHIFT -> new OffsetResetSpec.ShiftBy(number(text.startsWith("+") ? text.substring(1) : text,
                    "a number like -100 or +50"));
        };
    }

    private static long number(String text, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not " + what);
        }
    }

    private ResetScope scope() {
        if (allTopics.get()) {
            return ResetScope.allTopics();
        }
        Map<String, Set<Integer>> chosen = new TreeMap<>();
        for (TopicChoice t : topics) {
            if (t.selectedProperty().get()) {
                chosen.put(t.topic(), partitions(t));
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("choose at least one topic");
        }
        return new ResetScope(chosen);
    }

    private static Set<Integer> partitions(TopicChoice t) {
        String text = t.partitionsProperty().get() == null ? "" : t.partitionsProperty().get().strip();
        if (text.isEmpty()) {
            return Set.of();
        }
        java.util.Set<Integer> result = new java.util.TreeSet<>();
        for (String part : text.split(",")) {
            long p = number(part.strip(), "a partition number (write e.g. 0,1,2)");
            if (p < 0 || p > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not a partition number");
            }
            result.add((int) p);
        }
        return result;
    }

    private void clearPlan() {
        previewCommand.cancel();
        plan.set(null);
        rows.clear();
        planSummary.set("");
        error.set("");
    }

    private void showPlan(OffsetResetPlan p) {
        plan.set(p);
        rows.setAll(p.rows());
        Long before = p.currentTotalLag();
        planSummary.set(p.rows().size() + (p.rows().size() == 1 ? " partition (" : " partitions (")
                + p.changedPartitions() + " would change) · total lag " + GroupFormats.count(before) + " → "
                + GroupFormats.count(p.resultingTotalLag())
                + (p.skipped().isEmpty() ? "" : " · left alone (nothing committed): " + p.skipped()));
        if (backend.allowsMutations()) {
            warning.set(activeWarning(p.activeMembers(), p.groupState()));
        }
        result.set("");
    }

    private void execute() {
        OffsetResetPlan p = plan.get();
        if (!dialogs.confirm("Reset offsets", "Commit new offsets on " + p.rows().size() + " partition(s) of group "
                + groupId + " (" + p.spec().describe() + ")? The group's consumers will resume from there.",
                "Reset offsets")) {
            return;
        }
        executing.set(true);
        runner.run(() -> backend.executeReset(p), committed -> {
            executing.set(false);
            result.set("Committed new offsets on " + committed + " partition" + (committed == 1 ? "" : "s") + ".");
            plan.set(null);
            onExecuted.run();
        }, e -> {
            executing.set(false);
            error.set("Reset refused: " + GroupsViewModel.message(e));
        });
    }

    public String groupId() {
        return groupId;
    }

    public void cancel() {
        previewCommand.cancel();
    }

    // Properties

    public ObjectProperty<ResetMode> modeProperty() { return mode; }
    public StringProperty valueProperty() { return value; }
    public BooleanProperty allTopicsProperty() { return allTopics; }
    public ObservableList<TopicChoice> topics() { return topics; }
    public ReadOnlyStringProperty inputErrorProperty() { return inputError.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<OffsetResetPlan> planProperty() { return plan.getReadOnlyProperty(); }
    public ObservableList<OffsetResetRow> rows() { return rowsView; }
    public ReadOnlyStringProperty planSummaryProperty() { return planSummary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty warningProperty() { return warning.getReadOnlyProperty(); }
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty executingProperty() { return executing.getReadOnlyProperty(); }

    // Commands

    public SnapshotCommand<Request, OffsetResetPlan> previewCommand() { return previewCommand; }
    public Command executeCommand() { return executeCommand; }
}
