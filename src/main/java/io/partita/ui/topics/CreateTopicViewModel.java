package io.partita.ui.topics;

import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.kafka.ConfigAdmin;
import io.partita.model.BrokerNode;
import io.partita.model.ConfigKey;
import io.partita.model.NewTopic;
import io.partita.model.TopicNames;
import io.partita.ui.common.BusyRunner;
import io.partita.ui.common.Command;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The create-topic dialog: Kafka's name rules and the '.'/'_' collision checked as the user types, replication
 * factor bounded by the live brokers, configs with known keys; the broker validates (validateOnly) before the real
 * create, and its own message is shown when it refuses.
 */
public final class CreateTopicViewModel {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final ClusterSession session;
    private final Set<String> existing;
    private final Set<String> knownKeys;
    private final BusyRunner busy;

    // Properties
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final IntegerProperty partitions = new SimpleIntegerProperty(this, "partitions", 3);
    private final IntegerProperty replicationFactor = new SimpleIntegerProperty(this, "replicationFactor", 1);
    private final ObservableList<ConfigEntryRow> configs = FXCollections.observableArrayList(
            row -> new Observable[] {row.keyProperty(), row.valueProperty()});
    private final ReadOnlyIntegerWrapper liveBrokers = new ReadOnlyIntegerWrapper(this, "liveBrokers", -1);
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyStringWrapper nameWarning = new ReadOnlyStringWrapper(this, "nameWarning", "");
    private final ReadOnlyStringWrapper sizeError = new ReadOnlyStringWrapper(this, "sizeError", "");
    private final ReadOnlyStringWrapper configError = new ReadOnlyStringWrapper(this, "configError", "");
    private final ReadOnlyStringWrapper configWarning = new ReadOnlyStringWrapper(this, "configWarning", "");
    private final ReadOnlyStringWrapper brokerMessage = new ReadOnlyStringWrapper(this, "brokerMessage", "");
    private final ReadOnlyBooleanWrapper brokerAccepted = new ReadOnlyBooleanWrapper(this, "brokerAccepted");
    private final ReadOnlyStringWrapper createdTopic = new ReadOnlyStringWrapper(this, "createdTopic");
    private final BooleanBinding valid;

    // Commands
    private final Command validateCommand;
    private final Command createCommand;
    private final Command addConfigCommand;

    public CreateTopicViewModel(TaskRunner runner, ClusterSession session, List<String> existingTopics) {
        this.session = session;
        this.existing = Set.copyOf(existingTopics);
        this.knownKeys = ConfigAdmin.topicConfigKeys().stream().map(ConfigKey::name).collect(Collectors.toSet());
        this.busy = new BusyRunner(runner);
        name.addListener((obs, o, n) -> checkName());
        partitions.addListener((obs, o, n) -> checkSizes());
        replicationFactor.addListener((obs, o, n) -> checkSizes());
        liveBrokers.addListener((obs, o, n) -> checkSizes());
        configs.addListener((javafx.collections.ListChangeListener<ConfigEntryRow>) c -> checkConfigs());
        // Any change makes an earlier verdict of the broker stale.
        for (Observable input : new Observable[] {name, partitions, replicationFactor, configs}) {
            input.addListener(o -> clearVerdict());
        }
        valid = Bindings.createBooleanBinding(() -> nameError.get().isEmpty() && sizeError.get().isEmpty()
                && configError.get().isEmpty(), nameError, sizeError, configError);
        BooleanBinding ready = valid.and(busy.busyProperty().not())
                .and(new SimpleBooleanProperty(session.allowsMutations()));
        validateCommand = new Command(ready, this::validate);
        createCommand = new Command(ready.and(createdTopic.isNull()), this::create);
        addConfigCommand = Command.always(() -> configs.add(new ConfigEntryRow()));
        checkName();
        busy.run(() -> session.cluster().liveBrokers(TIMEOUT), this::brokersKnown,
                e -> brokerMessage.set("Could not count the live brokers: " + BusyRunner.message(e)));
    }

    private void brokersKnown(List<BrokerNode> brokers) {
        liveBrokers.set(brokers.size());
        replicationFactor.set(Math.max(1, Math.min(3, brokers.size())));
    }

    private void checkName() {
        String n = name.get() == null ? "" : name.get();
        Optional<String> problem = TopicNames.problem(n);
        if (problem.isPresent()) {
            nameError.set(n.isEmpty() ? "Enter a topic name" : capitalize(problem.get()));
        } else if (existing.contains(n)) {
            nameError.set("A topic named " + n + " already exists");
        } else {
            nameError.set("");
        }
        Optional<String> collision = existing.stream().filter(e -> TopicNames.collide(e, n)).findFirst();
        if (collision.isPresent()) {
            nameWarning.set("Collides with the existing topic " + collision.get() + ": Kafka treats '.' and '_' as "
                    + "the same in metric names, so the broker will refuse it.");
        } else if (n.contains(".") && n.contains("_")) {
            nameWarning.set("Mixing '.' and '_' invites collisions in metric names: better use one of them.");
        } else {
            nameWarning.set("");
        }
    }

    private void checkSizes() {
        int rf = replicationFactor.get();
        int live = liveBrokers.get();
        if (partitions.get() < 1) {
            sizeError.set("A topic needs at least one partition");
        } else if (rf < 1) {
            sizeError.set("The replication factor must be at least 1");
        } else if (live >= 0 && rf > live) {
            sizeError.set("Replication factor " + rf + " needs " + rf + " live brokers; the cluster has " + live);
        } else {
            sizeError.set("");
        }
    }

    private void checkConfigs() {
        Map<String, Long> counts = configs.stream().filter(r -> !r.key().isEmpty())
                .collect(Collectors.groupingBy(ConfigEntryRow::key, Collectors.counting()));
        Optional<ConfigEntryRow> missingKey = configs.stream().filter(r -> r.key().isEmpty() && !r.value().isEmpty())
                .findFirst();
        Optional<String> duplicate = counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .findFirst();
        Optional<ConfigEntryRow> noValue = configs.stream().filter(r -> !r.key().isEmpty() && r.value().isEmpty())
                .findFirst();
        if (missingKey.isPresent()) {
            configError.set("A config has a value but no name");
        } else if (duplicate.isPresent()) {
            configError.set(duplicate.get() + " is set twice");
        } else if (noValue.isPresent()) {
            configError.set(noValue.get().key() + " has no value");
        } else {
            configError.set("");
        }
        List<String> unknown = counts.keySet().stream().filter(k -> !knownKeys.contains(k)).sorted().toList();
        configWarning.set(unknown.isEmpty() ? "" : String.join(", ", unknown)
                + (unknown.size() == 1 ? " is not a topic config" : " are not topic configs")
                + " this version of Kafka knows; the broker will decide.");
    }

    private void clearVerdict() {
        if (!busy.isBusy()) {
            brokerMessage.set("");
            brokerAccepted.set(false);
        }
    }

    /** The topic as entered; only meaningful while {@link #validProperty()} holds. */
    public NewTopic topic() {
        Map<String, String> entries = new LinkedHashMap<>();
        configs.stream().filter(r -> !r.key().isEmpty()).forEach(r -> entries.put(r.key(), r.value()));
        return new NewTopic(name.get().strip(), partitions.get(), (short) replicationFactor.get(), entries);
    }

    private void validate() {
        NewTopic topic = topic();
        brokerMessage.set("Asking the broker…");
        busy.run(() -> session.topicMutations().validate(topic, TIMEOUT), verdict -> {
            brokerAccepted.set(verdict.isEmpty());
            brokerMessage.set(verdict.map(CreateTopicViewModel::refusal)
                    .orElse("The broker accepts this topic (checked with validateOnly; nothing was created)."));
        }, e -> brokerMessage.set(BusyRunner.message(e)));
    }

    private void create() {
        NewTopic topic = topic();
        brokerMessage.set("Creating " + topic.name() + "…");
        busy.run(() -> {
            session.topicMutations().create(topic, TIMEOUT);
            return topic.name();
        }, created -> {
            brokerAccepted.set(true);
            brokerMessage.set("Created " + created + ".");
            createdTopic.set(created);
        }, e -> {
            brokerAccepted.set(false);
            brokerMessage.set(refusal(BusyRunner.message(e)));
        });
    }

    private static String refusal(String message) {
        return "The broker refuses: " + message;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public void removeConfig(ConfigEntryRow row) {
        configs.remove(row);
    }

    // Properties

    public StringProperty nameProperty() { return name; }
    public IntegerProperty partitionsProperty() { return partitions; }
    public IntegerProperty replicationFactorProperty() { return replicationFactor; }
    public ObservableList<ConfigEntryRow> configs() { return configs; }
    public List<ConfigKey> configKeys() { return ConfigAdmin.topicConfigKeys(); }
    public ReadOnlyIntegerProperty liveBrokersProperty() { return liveBrokers.getReadOnlyProperty(); }
    public ReadOnlyStringProperty nameErrorProperty() { return nameError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty nameWarningProperty() { return nameWarning.getReadOnlyProperty(); }
    public ReadOnlyStringProperty sizeErrorProperty() { return sizeError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty configErrorProperty() { return configError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty configWarningProperty() { return configWarning.getReadOnlyProperty(); }
    public ReadOnlyStringProperty brokerMessageProperty() { return brokerMessage.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty brokerAcceptedProperty() { return brokerAccepted.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.busyProperty(); }
    public BooleanBinding validProperty() { return valid; }
    /** The name of the created topic once created; the dialog closes then. */
    public ReadOnlyStringProperty createdTopicProperty() { return createdTopic.getReadOnlyProperty(); }

    // Commands

    public Command validateCommand() { return validateCommand; }
    public Command createCommand() { return createCommand; }
    public Command addConfigCommand() { return addConfigCommand; }
}
