package io.partita.ui.topics;

import io.partita.async.TaskHandle;
import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.kafka.ReassignmentPlans;
import io.partita.model.BrokerNode;
import io.partita.model.PartitionDetail;
import io.partita.model.ReassignmentPlan;
import io.partita.model.ReassignmentProgress;
import io.partita.ui.common.BusyRunner;
import io.partita.ui.common.Command;
import io.partita.ui.common.DialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * Reassigning the replicas of one topic: edit the target list per partition or generate an even plan over chosen
 * brokers, see and edit it as kafka-reassign-partitions JSON, execute with an optional throttle, follow progress
 * until done (then the throttle is removed), or cancel.
 */
public final class ReassignmentViewModel {

    static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final Duration POLL = Duration.ofSeconds(1);

    private final TaskRunner runner;
    private final ClusterSession session;
    private final String topic;
    private final List<PartitionDetail> partitions;
    private final DialogService dialogs;
    private final BusyRunner busy;

    // Properties
    private final ObservableSet<Integer> liveIds = FXCollections.observableSet();
    private final ObservableList<BrokerChoice> brokers = FXCollections.observableArrayList(
            b -> new Observable[] {b.chosenProperty()});
    private final ObservableList<MoveRow> rows = FXCollections.observableArrayList(
            r -> new Observable[] {r.targetProperty(), r.problemProperty()});
    private final StringProperty json = new SimpleStringProperty(this, "json", "");
    private final StringProperty throttleMb = new SimpleStringProperty(this, "throttleMb", "");
    private final ReadOnlyStringWrapper planSummary = new ReadOnlyStringWrapper(this, "planSummary", "");
    private final ObservableList<ReassignmentProgress> progress = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper moving = new ReadOnlyBooleanWrapper(this, "moving");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    // Commands
    private final Command generateCommand;
    private final Command keepCurrentCommand;
    private final Command applyJsonCommand;
    private final Command executeCommand;
    private final Command cancelCommand;
    private final Command clearThrottleCommand;

    private TaskHandle poll = TaskHandle.DONE;
    private Long throttleInUse;
    private boolean cancelled;

    public ReassignmentViewModel(TaskRunner runner, ClusterSession session, String topic,
                                 List<PartitionDetail> partitions, Supplier<List<BrokerNode>> liveBrokers,
                                 DialogService dialogs) {
        this.runner = runner;
        this.session = session;
        this.topic = topic;
        this.partitions = List.copyOf(partitions);
        this.dialogs = dialogs;
        this.busy = new BusyRunner(runner);
        partitions.forEach(p -> rows.add(new MoveRow(p.partition(), p.replicas(), liveIds)));
        BooleanBinding idle = busy.busyProperty().not();
        BooleanBinding allowed = idle.and(new SimpleBooleanProperty(session.allowsMutations()));
        BooleanBinding planValid = Bindings.createBooleanBinding(
                () -> rows.stream().allMatch(r -> r.problemProperty().get().isEmpty())
                        && rows.stream().anyMatch(MoveRow::changed), rows);
        generateCommand = new Command(idle.and(moving.not()).and(Bindings.createBooleanBinding(
                () -> brokers.stream().anyMatch(b -> b.chosenProperty().get()), brokers)), this::generate);
        keepCurrentCommand = new Command(moving.not(), this::keepCurrent);
        applyJsonCommand = new Command(moving.not(), this::applyJson);
        executeCommand = new Command(allowed.and(planValid).and(moving.not()), this::execute);
        cancelCommand = new Command(allowed.and(moving), this::cancel);
        clearThrottleCommand = new Command(allowed.and(moving.not()), this::clearThrottle);
        rows.addListener((javafx.collections.ListChangeListener<MoveRow>) c -> planChanged());
        planChanged();
        busy.run(() -> Map.entry(liveBrokers.get(), ofTopic(session.reassignments().inProgress(TIMEOUT))),
                start -> {
                    start.getKey().forEach(b -> brokers.add(new BrokerChoice(b)));
                    liveIds.addAll(start.getKey().stream().map(BrokerNode::id).toList());
                    if (!start.getValue().isEmpty()) {
                        progress.setAll(start.getValue());
                        status.set("A reassignment of " + topic + " is already running.");
                        follow();
                    }
                }, e -> error.set("Could not read the brokers: " + BusyRunner.message(e)));
    }

    private List<ReassignmentProgress> ofTopic(List<ReassignmentProgress> all) {
        return all.stream().filter(p -> p.topic().equals(topic)).toList();
    }

    /** The moves of the table that change something. */
    public ReassignmentPlan plan() {
        return new ReassignmentPlan(rows.stream().filter(MoveRow::changed)
                .map(r -> new ReassignmentPlan.Move(topic, r.partition(), r.targetReplicas())).toList());
    }

    private void planChanged() {
        boolean valid = rows.stream().allMatch(r -> r.problemProperty().get().isEmpty());
        long changed = rows.stream().filter(MoveRow::changed).count();
        planSummary.set(!valid ? "Fix the replica lists marked in red."
                : changed == 0 ? "Nothing to move: every target equals the current replicas."
                : changed + " of " + rows.size() + " partitions get new replicas.");
        if (valid) {
            json.set(ReassignmentPlans.toJson(plan()));
        }
    }

    private void generate() {
        List<Integer> chosen = brokers.stream().filter(b -> b.chosenProperty().get()).map(b -> b.broker().id())
                .toList();
        try {
            ReassignmentPlan even = ReassignmentPlans.even(partitions, chosen);
            Map<Integer, List<Integer>> byPartition = even.partitions().stream().collect(
                    Collectors.toMap(ReassignmentPlan.Move::partition, ReassignmentPlan.Move::replicas));
            rows.forEach(r -> r.targetProperty().set(MoveRow.format(byPartition.get(r.partition()))));
            error.set("");
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    private void keepCurrent() {
        rows.forEach(r -> r.targetProperty().set(MoveRow.format(r.current())));
    }

    /** Reads the JSON (as written by kafka-reassign-partitions) into the table; other topics are refused. */
    private void applyJson() {
        try {
            ReassignmentPlan parsed = ReassignmentPlans.fromJson(json.get());
            List<String> others = parsed.partitions().stream().map(ReassignmentPlan.Move::topic)
                    .filter(t -> !t.equals(topic)).distinct().toList();
            if (!others.isEmpty()) {
                throw new IllegalArgumentException("this plan also moves " + String.join(", ", others)
                        + "; here only " + topic + " can be reassigned (use 'partita reassign --plan FILE' for more)");
            }
            Map<Integer, MoveRow> byPartition = rows.stream().collect(Collectors.toMap(MoveRow::partition,
                    Function.identity()));
            for (ReassignmentPlan.Move m : parsed.partitions()) {
                if (!byPartition.containsKey(m.partition())) {
                    throw new IllegalArgumentException(topic + " has no partition " + m.partition());
                }
            }
            parsed.partitions().forEach(m -> byPartition.get(m.partition()).targetProperty()
                    .set(MoveRow.format(m.replicas())));
            error.set("");
            status.set("Applied the JSON plan to the table.");
        } catch (IllegalArgumentException e) {
            error.set("The JSON plan was not applied: " + e.getMessage());
        }
    }

    /** Empty is no throttle; otherwise a positive number of MB/s. */
    Long throttleBytes() {
        String text = throttleMb.get() == null ? "" : throttleMb.get().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            double mb = Double.parseDouble(text);
            if (mb > 0) {
                return Math.round(mb * 1024 * 1024);
            }
        } catch (NumberFormatException e) {
            // Reported below, like a non-positive number.
        }
        throw new IllegalArgumentException("the throttle must be a positive number of MB/s, or empty for none");
    }

    private void execute() {
        ReassignmentPlan plan = plan();
        Long throttle;
        try {
            throttle = throttleBytes();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        String how = throttle == null ? "without a throttle" : "throttled to " + throttleMb.get().strip() + " MB/s";
        if (!dialogs.confirm("Reassign partitions", "Move the replicas of " + plan.partitions().size() + " partitions of "
                + topic + " " + how + "? Data is copied to the new replicas while the topic stays online.", "Execute")) {
            return;
        }
        error.set("");
        busy.run(() -> {
            session.reassignments().execute(plan, throttle, TIMEOUT);
            return plan;
        }, started -> {
            throttleInUse = throttle;
            status.set("Moving " + started.partitions().size() + " partitions…");
            follow();
        }, e -> error.set("The reassignment did not start: " + BusyRunner.message(e)));
    }

    /** Polls progress every second until nothing of this topic is moving any more. */
    private void follow() {
        moving.set(true);
        poll.cancel();
        poll = runner.schedule(POLL, POLL, () -> ofTopic(session.reassignments().inProgress(TIMEOUT)), running -> {
            progress.setAll(running);
            if (running.isEmpty()) {
                finished();
            } else {
                status.set(running.size() + (running.size() == 1 ? " partition is" : " partitions are")
                        + " still moving…");
            }
        }, e -> error.set("Could not read the progress: " + BusyRunner.message(e)));
    }

    private void finished() {
        poll.cancel();
        moving.set(false);
        status.set(cancelled ? "The reassignment was cancelled; the replicas are back where they were."
                : "The reassignment is done.");
        cancelled = false;
        if (throttleInUse != null) {
            throttleInUse = null;
            clearThrottle();
        }
    }

    private void cancel() {
        List<ReassignmentPlan.Move> running = progress.stream()
                .map(p -> new ReassignmentPlan.Move(p.topic(), p.partition(), p.replicas())).toList();
        busy.run(() -> {
            session.reassignments().cancel(running, TIMEOUT);
            return running.size();
        }, n -> {
            cancelled = true;
            status.set("Cancelling " + n + " moving partitions; their replicas go back to the original set…");
        },
                e -> error.set("Cancelling failed: " + BusyRunner.message(e)));
    }

    private void clearThrottle() {
        ReassignmentPlan thisTopic = new ReassignmentPlan(List.of(new ReassignmentPlan.Move(topic, 0, List.of(0))));
        List<Integer> ids = List.copyOf(liveIds);
        busy.run(() -> {
            session.reassignments().clearThrottle(thisTopic, ids, TIMEOUT);
            return ids.size();
        }, n -> status.set(status.get() + " Removed the replication throttle from " + topic + " and " + n
                + " brokers."), e -> error.set("Clearing the throttle failed: " + BusyRunner.message(e)));
    }

    /** Reads a plan file (kafka-reassign-partitions JSON) into the JSON text and applies it to the table. */
    public void loadJsonFile(Path file) {
        busy.run(() -> Files.readString(file), text -> {
            json.set(text);
            applyJson();
        }, e -> error.set("Could not read " + file + ": " + BusyRunner.message(e)));
    }

    /** Writes the JSON text as it is now (e.g. to run it later with kafka-reassign-partitions or partita). */
    public void saveJsonFile(Path file) {
        String text = json.get();
        busy.run(() -> Files.writeString(file, text), written -> status.set("Saved the plan to " + written + "."),
                e -> error.set("Could not write " + file + ": " + BusyRunner.message(e)));
    }

    /** Stops following progress (the dialog closed); a running reassignment continues on the cluster. */
    public void dispose() {
        poll.cancel();
    }

    // Properties

    public String topic() { return topic; }
    public ObservableList<MoveRow> rows() { return rows; }
    public ObservableList<BrokerChoice> brokers() { return brokers; }
    public StringProperty jsonProperty() { return json; }
    public StringProperty throttleMbProperty() { return throttleMb; }
    public ReadOnlyStringProperty planSummaryProperty() { return planSummary.getReadOnlyProperty(); }
    public ObservableList<ReassignmentProgress> progress() { return progress; }
    public ReadOnlyBooleanProperty movingProperty() { return moving.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    // Commands

    public Command generateCommand() { return generateCommand; }
    public Command keepCurrentCommand() { return keepCurrentCommand; }
    public Command applyJsonCommand() { return applyJsonCommand; }
    public Command executeCommand() { return executeCommand; }
    public Command cancelCommand() { return cancelCommand; }
    public Command clearThrottleCommand() { return clearThrottleCommand; }
}
