package io.partita.ui.topics;

import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.model.BrokerNode;
import io.partita.model.ElectionResult;
import io.partita.model.PartitionDetail;
import io.partita.model.TopicPartitionRef;
import io.partita.ui.common.BusyRunner;
import io.partita.ui.common.Command;
import io.partita.ui.common.DialogService;
import io.partita.ui.configs.ConfigDialogs;
import io.partita.ui.configs.ConfigTargets;
import io.partita.ui.configs.ConfigsViewModel;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One topic: its partitions (leader, replicas, ISR, offsets, size, health) and configs, with the partition-level
 * operations: preferred leader election, reassignment, adding partitions, deleting records.
 */
public final class TopicDetailViewModel {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final TaskRunner runner;
    private final ClusterSession session;
    private final String topic;
    private final DialogService dialogs;
    private final TopicDialogs topicDialogs;
    private final BusyRunner busy;
    private final ConfigsViewModel configs;

    // Properties
    private final ObservableList<PartitionDetail> partitions = FXCollections.observableArrayList();
    private final ObservableList<PartitionDetail> selectedPartitions = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper underReplicated = new ReadOnlyIntegerWrapper(this, "underReplicated");
    private final ReadOnlyIntegerWrapper offline = new ReadOnlyIntegerWrapper(this, "offline");
    private final ReadOnlyIntegerWrapper notPreferred = new ReadOnlyIntegerWrapper(this, "notPreferred");
    private final ReadOnlyStringWrapper health = new ReadOnlyStringWrapper(this, "health", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    // Commands
    private final Command refreshCommand;
    private final Command electAllCommand;
    private final Command electSelectedCommand;
    private final Command addPartitionsCommand;
    private final Command deleteRecordsCommand;
    private final Command emptyCommand;
    private final Command reassignCommand;

    public TopicDetailViewModel(TaskRunner runner, ClusterSession session, String topic, DialogService dialogs,
                                TopicDialogs topicDialogs, ConfigDialogs configDialogs) {
        this.runner = runner;
        this.session = session;
        this.topic = topic;
        this.dialogs = dialogs;
        this.topicDialogs = topicDialogs;
        this.busy = new BusyRunner(runner);
        this.configs = new ConfigsViewModel(runner, ConfigTargets.topic(session, topic), session.allowsMutations(),
                configDialogs, dialogs);
        BooleanBinding idle = busy.busyProperty().not();
        BooleanBinding loaded = Bindings.isNotEmpty(partitions);
        BooleanBinding allowed = idle.and(loaded).and(new SimpleBooleanProperty(session.allowsMutations()));
        BooleanBinding anySelected = Bindings.isNotEmpty(selectedPartitions);
        refreshCommand = new Command(idle, this::refresh);
        electAllCommand = new Command(allowed, () -> elect(partitions));
        electSelectedCommand = new Command(allowed.and(anySelected), () -> elect(selectedPartitions));
        addPartitionsCommand = new Command(allowed, this::addPartitions);
        deleteRecordsCommand = new Command(allowed.and(anySelected), this::deleteRecords);
        emptyCommand = new Command(allowed, this::empty);
        reassignCommand = new Command(allowed, this::reassign);
    }

    private void refresh() {
        busy.run(() -> session.topics().partitions(topic, TIMEOUT), this::show,
                e -> error.set("Could not read the partitions of " + topic + ": " + BusyRunner.message(e)));
        configs.refreshCommand().execute();
    }

    private void show(List<PartitionDetail> rows) {
        Set<Integer> keep = selectedPartitions.stream().map(PartitionDetail::partition).collect(Collectors.toSet());
        partitions.setAll(rows);
        selectedPartitions.setAll(rows.stream().filter(p -> keep.contains(p.partition())).toList());
        underReplicated.set((int) rows.stream().filter(PartitionDetail::underReplicated).count());
        offline.set((int) rows.stream().filter(PartitionDetail::offline).count());
        notPreferred.set((int) rows.stream().filter(PartitionDetail::leaderNotPreferred).count());
        int rf = rows.isEmpty() ? 0 : rows.get(0).replicas().size();
        health.set(rows.size() + (rows.size() == 1 ? " partition" : " partitions") + " · replication factor " + rf
                + " · " + underReplicated.get() + " under-replicated · " + offline.get() + " offline · "
                + notPreferred.get() + " not on the preferred leader");
        error.set("");
    }

    /** Runs a change, then reloads the partitions; the message replaces the status on success. */
    private <T> void change(String what, java.util.concurrent.Callable<T> work,
                            java.util.function.Function<T, String> done) {
        status.set("");
        error.set("");
        busy.run(() -> {
            T result = work.call();
            return Map.entry(result, session.topics().partitions(topic, TIMEOUT));
        }, r -> {
            show(r.getValue());
            status.set(done.apply(r.getKey()));
        }, e -> error.set(what + " failed: " + BusyRunner.message(e)));
    }

    private void elect(List<PartitionDetail> which) {
        Set<TopicPartitionRef> refs = which.stream().map(p -> new TopicPartitionRef(topic, p.partition()))
                .collect(Collectors.toSet());
        change("Preferred leader election", () -> session.reassignments().electPreferredLeaders(refs, TIMEOUT),
                TopicDetailViewModel::electionText);
    }

    static String electionText(ElectionResult r) {
        String text = r.elected().isEmpty() ? "Every chosen partition already had its preferred leader."
                : "Moved leadership back to the preferred replica of " + r.elected().size()
                + (r.elected().size() == 1 ? " partition." : " partitions.");
        if (!r.failed().isEmpty()) {
            Map.Entry<TopicPartitionRef, String> first = r.failed().entrySet().iterator().next();
            text += " " + r.failed().size() + " could not be elected (e.g. " + first.getKey() + ": "
                    + first.getValue() + ").";
        }
        return text;
    }

    private void addPartitions() {
        int current = partitions.size();
        Optional<Integer> target = topicDialogs.askPartitionCount(topic, current);
        if (target.isEmpty() || target.get() <= current) {
            return;
        }
        int total = target.get();
        change("Adding partitions", () -> {
            session.topicMutations().addPartitions(topic, total, TIMEOUT);
            return total;
        }, n -> "The topic now has " + n + " partitions. Keyed messages may now land on other partitions.");
    }

    private void deleteRecords() {
        List<PartitionDetail> chosen = List.copyOf(selectedPartitions);
        long highest = chosen.stream().map(PartitionDetail::latestOffset).filter(java.util.Objects::nonNull)
                .mapToLong(Long::longValue).min().orElse(0);
        String names = chosen.size() == 1 ? "partition " + chosen.get(0).partition()
                : chosen.size() + " partitions (" + chosen.stream().map(p -> String.valueOf(p.partition()))
                .collect(Collectors.joining(", ")) + ")";
        Optional<Long> before = topicDialogs.askDeleteBefore(topic, names, highest);
        if (before.isEmpty()) {
            return;
        }
        Map<Integer, Long> request = new HashMap<>();
        chosen.forEach(p -> request.put(p.partition(), before.get()));
        change("Deleting records", () -> {
            session.topicMutations().deleteRecords(topic, request, TIMEOUT);
            return before.get();
        }, offset -> "Deleted the records before offset " + offset + " in " + names + ".");
    }

    private void empty() {
        if (!topicDialogs.confirmByName("Empty topic", "Every message of " + topic + " is deleted for good "
                + "(the topic and its configs stay).", topic, "Empty")) {
            return;
        }
        List<PartitionDetail> now = List.copyOf(partitions);
        change("Emptying the topic", () -> {
            session.topicMutations().empty(topic, now, TIMEOUT);
            return now.size();
        }, n -> "Emptied " + topic + ": every partition now starts at its former end.");
    }

    private void reassign() {
        List<PartitionDetail> now = List.copyOf(partitions);
        Supplier<List<BrokerNode>> brokers = () -> session.cluster().liveBrokers(TIMEOUT);
        ReassignmentViewModel dialog = new ReassignmentViewModel(runner, session, topic, now, brokers, dialogs);
        topicDialogs.reassign(dialog);
        dialog.dispose();
        refresh();
    }

    /** Stops background work of this detail (another topic was chosen or the connection closes). */
    public void dispose() {
        busy.cancel();
    }

    // Properties

    public String topic() { return topic; }
    public ObservableList<PartitionDetail> partitions() { return partitions; }
    /** Input: the partitions selected in the table. */
    public ObservableList<PartitionDetail> selectedPartitions() { return selectedPartitions; }
    public ReadOnlyIntegerProperty underReplicatedProperty() { return underReplicated.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty offlineProperty() { return offline.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty notPreferredProperty() { return notPreferred.getReadOnlyProperty(); }
    public ReadOnlyStringProperty healthProperty() { return health.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.busyProperty(); }
    public ConfigsViewModel configs() { return configs; }
    public boolean mutable() { return session.allowsMutations(); }

    // Commands

    public Command refreshCommand() { return refreshCommand; }
    public Command electAllCommand() { return electAllCommand; }
    public Command electSelectedCommand() { return electSelectedCommand; }
    public Command addPartitionsCommand() { return addPartitionsCommand; }
    public Command deleteRecordsCommand() { return deleteRecordsCommand; }
    public Command emptyCommand() { return emptyCommand; }
    public Command reassignCommand() { return reassignCommand; }
}
