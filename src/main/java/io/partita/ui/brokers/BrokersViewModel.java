package io.partita.ui.brokers;

import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.model.BrokerSummary;
import io.partita.ui.common.BusyRunner;
import io.partita.ui.common.Command;
import io.partita.ui.common.DialogService;
import io.partita.ui.common.Quantities;
import io.partita.ui.configs.ConfigDialogs;
import io.partita.ui.configs.ConfigTargets;
import io.partita.ui.configs.ConfigsViewModel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The brokers of the cluster with their load (replicas, leaderships, bytes on disk) and, for the selected broker,
 * its configs with their sources; dynamic configs can be edited per broker or cluster-wide.
 */
public final class BrokersViewModel {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final TaskRunner runner;
    private final ClusterSession session;
    private final DialogService dialogs;
    private final ConfigDialogs configDialogs;
    private final BusyRunner busy;

    // Properties
    private final ObservableList<BrokerSummary> brokers = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> selectedBroker = new SimpleObjectProperty<>(this, "selectedBroker");
    private final ReadOnlyObjectWrapper<ConfigsViewModel> configs = new ReadOnlyObjectWrapper<>(this, "configs");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    // Commands
    private final Command refreshCommand;

    public BrokersViewModel(TaskRunner runner, ClusterSession session, DialogService dialogs,
                            ConfigDialogs configDialogs) {
        this.runner = runner;
        this.session = session;
        this.dialogs = dialogs;
        this.configDialogs = configDialogs;
        this.busy = new BusyRunner(runner);
        refreshCommand = new Command(busy.busyProperty().not(), this::refresh);
        selectedBroker.addListener((obs, old, id) -> {
            if (!Objects.equals(old, id)) {
                openConfigs(id);
            }
        });
    }

    private void refresh() {
        busy.run(() -> Map.entry(session.brokers().brokers(TIMEOUT), session.brokers().activeController(TIMEOUT)),
                r -> show(r.getKey(), r.getValue()),
                e -> error.set("Could not read the brokers: " + BusyRunner.message(e)));
    }

    private void show(List<BrokerSummary> rows, Optional<Integer> controller) {
        brokers.setAll(rows);
        error.set("");
        long bytes = rows.stream().map(BrokerSummary::logDirBytes).filter(Objects::nonNull).mapToLong(Long::longValue)
                .sum();
        boolean anyBytes = rows.stream().anyMatch(b -> b.logDirBytes() != null);
        String controllerText = controller.map(id -> rows.stream().anyMatch(b -> b.node().id() == id)
                ? "controller: broker " + id : "controller: node " + id + " (a dedicated KRaft controller)")
                .orElse("controller unknown");
        summary.set(rows.size() + (rows.size() == 1 ? " broker" : " brokers") + " · " + controllerText
                + (anyBytes ? " · " + Quantities.bytes(bytes) + " on disk" : ""));
        if (selectedBroker.get() == null && !rows.isEmpty()) {
            selectedBroker.set(rows.get(0).node().id());
        } else if (configs.get() != null) {
            configs.get().refreshCommand().execute();
        }
    }

    private void openConfigs(Integer id) {
        if (id == null) {
            configs.set(null);
            return;
        }
        ConfigsViewModel next = new ConfigsViewModel(runner, ConfigTargets.broker(session, id),
                session.allowsMutations(), configDialogs, dialogs);
        configs.set(next);
        next.refreshCommand().execute();
    }

    public void dispose() {
        busy.cancel();
    }

    // Properties

    public ObservableList<BrokerSummary> brokers() { return brokers; }
    public ObjectProperty<Integer> selectedBrokerProperty() { return selectedBroker; }
    public ReadOnlyObjectProperty<ConfigsViewModel> configsProperty() { return configs.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    // Commands

    public Command refreshCommand() { return refreshCommand; }

    public ReadOnlyBooleanProperty busyProperty() { return busy.busyProperty(); }
}
