package io.partita.ui.groups;

import io.partita.async.TaskHandle;
import io.partita.async.TaskRunner;
import io.partita.model.GroupLagStats;
import io.partita.model.LagCsv;
import io.partita.model.LagFrame;
import io.partita.model.SeriesData;
import io.partita.model.SeriesDetail;
import io.partita.model.SeriesKey;
import io.partita.ui.common.Command;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live lag chart: several groups on one chart, each as a total series with per-topic or per-partition series on
 * demand, sampled every period (default 2 s) over a window (5/15/60 min), with pause/resume, rates and time to catch
 * up beside it, and CSV/PNG export. Sampling and series copying happen on the background scheduler; this view model
 * only swaps in finished frames, so the UI thread never waits on Kafka.
 */
public final class LagChartViewModel {

    public static final List<Duration> PERIODS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(5), Duration.ofSeconds(10));
    public static final List<Duration> WINDOWS = List.of(Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofMinutes(60));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final TaskRunner runner;
    private final LagFeed feed;
    private final GroupDialogs dialogs;
    private final Clock clock;
    private final Map<SeriesKey, Integer> colours = new HashMap<>();
    private TaskHandle sampling;
    private Supplier<ChartImage> snapshot = () -> null;

    // Properties
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    private final StringProperty groupToAdd = new SimpleStringProperty(this, "groupToAdd", "");
    private final ObjectProperty<Duration> period = new SimpleObjectProperty<>(this, "period", Duration.ofSeconds(2));
    private final ObjectProperty<Duration> window = new SimpleObjectProperty<>(this, "window", Duration.ofMinutes(5));
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final ObservableList<LagStatsRow> rows = FXCollections.observableArrayList();
    private final ObservableList<LagStatsRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<ChartFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper exported = new ReadOnlyStringWrapper(this, "exported", "");

    // Commands
    private final Command addCommand;
    private final Command pauseCommand;
    private final Command exportCsvCommand;
    private final Command exportPngCommand;

    public LagChartViewModel(TaskRunner runner, LagFeed feed, GroupDialogs dialogs, Clock clock) {
        this.runner = runner;
        this.feed = feed;
        this.dialogs = dialogs;
        this.clock = clock;
        frame.set(ChartFrame.empty(clock.millis(), window.get().toMillis(), period.get().toMillis()));
        var hasGroups = Bindings.isNotEmpty(rows);
        this.addCommand = new Command(Bindings.createBooleanBinding(() -> !groupToAdd.get().isBlank(), groupToAdd),
                () -> add(groupToAdd.get().strip()));
        this.pauseCommand = new Command(hasGroups, this::togglePause);
        this.exportCsvCommand = new Command(hasGroups, this::exportCsv);
        this.exportPngCommand = new Command(hasGroups, this::exportPng);
        period.addListener(obs -> reconfigure());
        window.addListener(obs -> reconfigure());
        feed.configure(period.get(), window.get());
    }

    /** Adds a group to the chart (its total lag) and starts sampling if it was not running. */
    public void add(String group) {
        groupToAdd.set("");
        if (group.isEmpty() || rows.stream().anyMatch(r -> r.group().equals(group))) {
            return;
        }
        feed.watch(group, SeriesDetail.TOTAL);
        rows.add(LagStatsRow.waiting(group, SeriesDetail.TOTAL, colour(SeriesKey.total(group))));
        ensureSampling();
    }

    public void remove(String group) {
        if (rows.removeIf(r -> r.group().equals(group))) {
            feed.unwatch(group);
            colours.keySet().removeIf(k -> k.group().equals(group));
            if (rows.isEmpty()) {
                stopSampling();
                frame.set(ChartFrame.empty(clock.millis(), window.get().toMillis(), period.get().toMillis()));
                status.set("");
            }
        }
    }

    /** Shows the group's total only, or also per topic, or also per partition. */
    public void setDetail(String group, SeriesDetail detail) {
        for (int i = 0; i < rows.size(); i++) {
            LagStatsRow r = rows.get(i);
            if (r.group().equals(group) && r.detail() != detail) {
                feed.watch(group, detail);
                rows.set(i, new LagStatsRow(r.group(), detail, r.colour(), r.lag(), r.consumeRate(), r.produceRate(),
                        r.catchUp(), r.status(), r.problem()));
            }
        }
    }

    private int colour(SeriesKey key) {
        return colours.computeIfAbsent(key, k -> firstFreeColour());
    }

    private int firstFreeColour() {
        int slot = 0;
        while (colours.containsValue(slot)) {
            slot++;
        }
        return slot;
    }

    private void ensureSampling() {
        if (sampling == null && !paused.get() && !rows.isEmpty()) {
            sampling = feed.start(runner, this::show, this::sampleFailed);
        }
    }

    private void stopSampling() {
        if (sampling != null) {
            sampling.cancel();
            sampling = null;
        }
    }

    private void reconfigure() {
        feed.configure(period.get(), window.get());
        boolean wasSampling = sampling != null;
        stopSampling();
        if (wasSampling) {
            ensureSampling();
        }
        ChartFrame f = frame.get();
        frame.set(new ChartFrame(f.series(), f.endMillis(), window.get().toMillis(), period.get().toMillis(),
                f.colours()));
    }

    private void togglePause() {
        paused.set(!paused.get());
        if (paused.get()) {
            stopSampling();
            status.set("Paused · " + rows.size() + (rows.size() == 1 ? " group" : " groups"));
        } else {
            ensureSampling();
        }
    }

    private void show(LagFrame lagFrame) {
        if (sampling == null) {
            return; // a frame that was on its way when sampling stopped
        }
        for (SeriesData s : lagFrame.series()) {
            colour(s.key());
        }
        long time = lagFrame.update().timeMillis();
        frame.set(new ChartFrame(lagFrame.series(), time, window.get().toMillis(), period.get().toMillis(), colours));
        for (GroupLagStats stats : lagFrame.update().stats()) {
            updateRow(stats, lagFrame.update().errors().get(stats.group()));
        }
        status.set("Sampling " + rows.size() + (rows.size() == 1 ? " group" : " groups") + " every "
                + seconds(period.get()) + " · last sample " + LocalTime.ofInstant(java.time.Instant.ofEpochMilli(time),
                ZoneId.systemDefault()).format(TIME));
        error.set("");
    }

    private void updateRow(GroupLagStats stats, String problem) {
        for (int i = 0; i < rows.size(); i++) {
            LagStatsRow r = rows.get(i);
            if (r.group().equals(stats.group())) {
                String lag = stats.totalLag() == null ? GroupFormats.ABSENT + " (nothing committed)"
                        : GroupFormats.count(stats.totalLag());
                rows.set(i, new LagStatsRow(r.group(), r.detail(), r.colour(), lag,
                        GroupFormats.rate(stats.consumeRate()), GroupFormats.rate(stats.produceRate()),
                        stats.catchUp().describe(), stats.catchUp().status(), problem));
            }
        }
    }

    private void sampleFailed(Throwable e) {
        error.set("Sampling failed (retrying every " + seconds(period.get()) + "): " + GroupsViewModel.message(e));
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private void exportCsv() {
        List<SeriesData> series = frame.get().series();
        Optional<Path> file = dialogs.chooseSaveFile("Export lag series", "lag.csv", "csv");
        file.ifPresent(path -> runner.run(() -> Files.writeString(path, LagCsv.write(series), StandardCharsets.UTF_8),
                done -> exported.set("Exported " + series.size() + " series to " + path),
                e -> error.set("Could not export: " + GroupsViewModel.message(e))));
    }

    /** The view tells how to capture the chart; the capture runs on the UI thread, the encoding in the background. */
    public void setSnapshot(Supplier<ChartImage> snapshot) {
        this.snapshot = snapshot;
    }

    private void exportPng() {
        ChartImage image = snapshot.get();
        if (image == null) {
            return;
        }
        Optional<Path> file = dialogs.chooseSaveFile("Export chart", "lag.png", "png");
        file.ifPresent(path -> runner.run(() -> {
            PngFiles.write(image, path);
            return path;
        }, done -> exported.set("Saved the chart to " + path),
                e -> error.set("Could not save the chart: " + GroupsViewModel.message(e))));
    }

    public void dispose() {
        stopSampling();
    }

    static String label(Duration d) {
        return d.toMinutes() > 0 ? d.toMinutes() + " min" : seconds(d);
    }

    // Properties

    public ObservableList<String> suggestions() { return suggestions; }
    public StringProperty groupToAddProperty() { return groupToAdd; }
    public ObjectProperty<Duration> periodProperty() { return period; }
    public ObjectProperty<Duration> windowProperty() { return window; }
    public ReadOnlyBooleanProperty pausedProperty() { return paused.getReadOnlyProperty(); }
    public ObservableList<LagStatsRow> rows() { return rowsView; }
    public ReadOnlyObjectProperty<ChartFrame> frameProperty() { return frame.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** The last export's outcome; kept until the next export (the status line changes every sample). */
    public ReadOnlyStringProperty exportedProperty() { return exported.getReadOnlyProperty(); }
    public boolean isSampling() { return sampling != null; }

    // Commands

    public Command addCommand() { return addCommand; }
    public Command pauseCommand() { return pauseCommand; }
    public Command exportCsvCommand() { return exportCsvCommand; }
    public Command exportPngCommand() { return exportPngCommand; }
}
