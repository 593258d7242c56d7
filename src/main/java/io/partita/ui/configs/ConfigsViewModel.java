package io.partita.ui.configs;

import io.partita.async.TaskRunner;
import io.partita.model.ConfigValue;
import io.partita.ui.common.BusyRunner;
import io.partita.ui.common.Command;
import io.partita.ui.common.DialogService;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
 * Every config of one topic or broker with its source; edit a value or remove an override. On a read-only profile
 * the edit and reset commands are never executable (and the service refuses anyway).
 */
public final class ConfigsViewModel {

    static final Duration TIMEOUT = Duration.ofSeconds(15);
    static final Duration SETTLE = Duration.ofSeconds(3);

    private final ConfigTarget target;
    private final ConfigDialogs configDialogs;
    private final DialogService dialogs;
    private final BusyRunner busy;

    // Properties
    private final ObservableList<ConfigValue> all = FXCollections.observableArrayList();
    private final FilteredList<ConfigValue> shown = new FilteredList<>(all, c -> true);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final BooleanProperty overridesOnly = new SimpleBooleanProperty(this, "overridesOnly");
    private final ObjectProperty<ConfigValue> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    // Commands
    private final Command refreshCommand;
    private final Command editCommand;
    private final Command resetCommand;

    public ConfigsViewModel(TaskRunner runner, ConfigTarget target, boolean mutable, ConfigDialogs configDialogs,
                            DialogService dialogs) {
        this.target = target;
        this.configDialogs = configDialogs;
        this.dialogs = dialogs;
        this.busy = new BusyRunner(runner);
        BooleanBinding idle = busy.busyProperty().not();
        BooleanBinding allowed = idle.and(new SimpleBooleanProperty(mutable));
        refreshCommand = new Command(idle, this::refresh);
        editCommand = new Command(allowed.and(Bindings.createBooleanBinding(
                () -> selected.get() != null && target.editable(selected.get()), selected)), this::edit);
        resetCommand = new Command(allowed.and(Bindings.createBooleanBinding(
                () -> selected.get() != null && target.resettable(selected.get()), selected)), this::reset);
        filter.addListener((obs, o, n) -> applyFilter());
        overridesOnly.addListener((obs, o, n) -> applyFilter());
    }

    private void refresh() {
        busy.run(() -> target.load(TIMEOUT), this::show,
                e -> error.set("Could not read the configs of " + target.label() + ": " + BusyRunner.message(e)));
    }

    private void show(List<ConfigValue> values) {
        String keep = selected.get() == null ? null : selected.get().name();
        all.setAll(values);
        error.set("");
        selected.set(keep == null ? null : values.stream().filter(v -> v.name().equals(keep)).findFirst().orElse(null));
    }

    private void applyFilter() {
        String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        boolean onlyOverrides = overridesOnly.get();
        shown.setPredicate(c -> (!onlyOverrides || c.source() != ConfigValue.Source.DEFAULT)
                && (text.isEmpty() || c.name().toLowerCase(Locale.ROOT).contains(text)
                || c.displayValue().toLowerCase(Locale.ROOT).contains(text)));
    }

    private void edit() {
        ConfigValue current = selected.get();
        Optional<ConfigEdit> edit = configDialogs.edit(target.label(), current, target.offersClusterWide());
        if (edit.isEmpty()) {
            return;
        }
        boolean clusterWide = edit.get().clusterWide();
        String value = edit.get().value();
        change(() -> target.set(current.name(), value, clusterWide, TIMEOUT),
                now -> current.sensitive() || value.equals(now.value()),
                current.name(), "Set " + current.name() + " on " + (clusterWide ? "every broker (cluster-wide default)" : target.label())
                        + ".");
    }

    private void reset() {
        ConfigValue current = selected.get();
        String where = current.source() == ConfigValue.Source.DYNAMIC_DEFAULT_BROKER
                ? "the cluster-wide default" : target.label();
        if (dialogs.confirm("Reset " + current.name(), "Remove the override of " + current.name() + " on " + where
                + "? The value falls back to the next level (broker or Kafka default).", "Reset")) {
            // Brokers may report the new source before the new value: wait for both (bounded, in case they are equal).
            change(() -> target.reset(current, TIMEOUT), now -> now.source() != current.source()
                    && !java.util.Objects.equals(now.value(), current.value()), current.name(),
                    "Reset " + current.name() + " on " + where + ".");
        }
    }

    /**
     * Runs a change, then reloads so the table shows the value and source the cluster now reports. Brokers apply
     * config changes asynchronously (through the metadata log), so the reload waits briefly until {@code applied}
     * holds for the changed config.
     */
    private void change(Runnable work, Predicate<ConfigValue> applied, String name, String done) {
        status.set("");
        busy.run(() -> {
            work.run();
            long deadline = System.nanoTime() + SETTLE.toNanos();
            List<ConfigValue> values = target.load(TIMEOUT);
            while (!appliedIn(values, name, applied) && System.nanoTime() < deadline) {
                Thread.sleep(150);
                values = target.load(TIMEOUT);
            }
            return values;
        }, values -> {
            show(values);
            status.set(done);
        }, e -> error.set(BusyRunner.message(e)));
    }

    private static boolean appliedIn(List<ConfigValue> values, String name, Predicate<ConfigValue> applied) {
        return values.stream().filter(v -> v.name().equals(name)).findFirst().map(applied::test).orElse(true);
    }

    // Properties

    public ObservableList<ConfigValue> configs() { return shown; }
    public StringProperty filterProperty() { return filter; }
    public BooleanProperty overridesOnlyProperty() { return overridesOnly; }
    public ObjectProperty<ConfigValue> selectedProperty() { return selected; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.busyProperty(); }
    public String targetLabel() { return target.label(); }

    // Commands

    public Command refreshCommand() { return refreshCommand; }
    public Command editCommand() { return editCommand; }
    public Command resetCommand() { return resetCommand; }
}
