package io.partita.ui.overview;

import io.partita.async.AsyncCommand;
import io.partita.async.TaskRunner;
import io.partita.model.BrokerNode;
import io.partita.model.ClusterInfo;
import io.partita.model.RegistryStatus;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connected cluster at a glance: identity, brokers, topic and partition health. A failed refresh keeps the
 * last good values and shows the reason in {@link #errorProperty()}.
 */
public final class OverviewViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Clock clock;

    // Properties
    private final ReadOnlyStringWrapper clusterId = new ReadOnlyStringWrapper(this, "clusterId", "—");
    private final ReadOnlyStringWrapper controller = new ReadOnlyStringWrapper(this, "controller", "—");
    private final ObservableList<BrokerRow> brokers = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper topics = new ReadOnlyIntegerWrapper(this, "topics");
    private final ReadOnlyIntegerWrapper partitions = new ReadOnlyIntegerWrapper(this, "partitions");
    private final ReadOnlyIntegerWrapper underReplicated = new ReadOnlyIntegerWrapper(this, "underReplicated");
    private final ReadOnlyIntegerWrapper offline = new ReadOnlyIntegerWrapper(this, "offline");
    private final ReadOnlyStringWrapper registry = new ReadOnlyStringWrapper(this, "registry", "");
    private final ReadOnlyStringWrapper lastRefreshed = new ReadOnlyStringWrapper(this, "lastRefreshed", "never");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    // Commands
    private final AsyncCommand<ClusterInfo> refreshCommand;

    /**
     * @param describe reads the cluster (blocking, bounded); runs on a worker thread
     * @param first    what the connection already read, shown at once (null to start empty)
     */
    public OverviewViewModel(TaskRunner runner, Callable<ClusterInfo> describe, ClusterInfo first,
                             RegistryStatus registryStatus, Clock clock) {
        this.clock = clock;
        this.refreshCommand = new AsyncCommand<>(runner, new SimpleBooleanProperty(true), describe,
                this::show, e -> error.set("Refresh failed: " + (e.getMessage() == null
                        ? e.getClass().getSimpleName() : e.getMessage())));
        registry.set(registryText(registryStatus));
        if (first != null) {
            show(first);
        }
    }

    private void show(ClusterInfo info) {
        clusterId.set(info.clusterId() == null ? "unknown" : info.clusterId());
        BrokerNode active = info.controller();
        controller.set(active == null ? "none known" : "broker " + active.id() + " (" + active.address() + ")");
        brokers.setAll(info.brokers().stream()
                .map(b -> new BrokerRow(b.id(), b.address(), b.rack() == null ? "—" : b.rack(),
                        active != null && active.id() == b.id()))
                .toList());
        topics.set(info.topics());
        partitions.set(info.partitions());
        underReplicated.set(info.underReplicated());
        offline.set(info.offline());
        lastRefreshed.set(LocalTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(TIME));
        error.set("");
    }

    private static String registryText(RegistryStatus status) {
        if (status == null) {
            return "not checked";
        }
        return switch (status.state()) {
            case NOT_CONFIGURED -> "not configured";
            case OK -> "reachable (" + status.detail() + ")";
            case FAILED -> "unreachable: " + status.detail();
        };
    }

    /** Stops a running refresh from delivering (the connection is going away). */
    public void dispose() {
        refreshCommand.cancel();
    }

    // Properties

    public ReadOnlyStringProperty clusterIdProperty() { return clusterId.getReadOnlyProperty(); }
    public ReadOnlyStringProperty controllerProperty() { return controller.getReadOnlyProperty(); }
    public ObservableList<BrokerRow> brokers() { return FXCollections.unmodifiableObservableList(brokers); }
    public ReadOnlyIntegerProperty topicsProperty() { return topics.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty partitionsProperty() { return partitions.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty underReplicatedProperty() { return underReplicated.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty offlineProperty() { return offline.getReadOnlyProperty(); }
    public ReadOnlyStringProperty registryProperty() { return registry.getReadOnlyProperty(); }
    public ReadOnlyStringProperty lastRefreshedProperty() { return lastRefreshed.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    // Commands

    public AsyncCommand<ClusterInfo> refreshCommand() { return refreshCommand; }
}
