package io.partita.ui.messages;

import io.partita.async.AsyncCommand;
import io.partita.async.TaskRunner;
import io.partita.model.ReadProgress;
import io.partita.model.ReadRequest;
import io.partita.model.StopCondition;
import io.partita.model.TopicSummary;
import io.partita.ui.common.Command;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The messages tab: a browse form, the capped list of rows it fills, the status line and the detail of the
 * selection. One browse at a time; starting another stops the running one. Rows beyond the cap drop the oldest
 * first and the status says how many were dropped.
 */
public final class MessagesViewModel {

    public static final int DEFAULT_CAP = 100_000;
    private static final java.time.format.DateTimeFormatter CLOCK_TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");

    private final TaskRunner runner;
    private final MessageSource source;
    private final ZoneId zone;
    private final BrowseSettings settings;
    private final MessageDetailViewModel detail;
    private final RowTools tools;

    // Properties
    private final ObservableList<String> topics = FXCollections.observableArrayList();
    private final RowList rows = new RowList();
    /** One read-only view of the rows for everyone (listeners on a throwaway view would be lost with it). */
    private final ObservableList<MessageRow> shownRows = FXCollections.unmodifiableObservableList(rows);
    private final IntegerProperty cap = new SimpleIntegerProperty(this, "cap", DEFAULT_CAP);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    /** A live tail is running (its rows keep coming until it is stopped). */
    private final ReadOnlyBooleanWrapper tailing = new ReadOnlyBooleanWrapper(this, "tailing");
    private final ReadOnlyLongWrapper dropped = new ReadOnlyLongWrapper(this, "dropped");
    private final ReadOnlyLongWrapper read = new ReadOnlyLongWrapper(this, "read");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Choose a topic and press Read.");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyIntegerWrapper filterErrorAt = new ReadOnlyIntegerWrapper(this, "filterErrorAt", -1);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper scanDetails = new ReadOnlyStringWrapper(this, "scanDetails", "");

    // Commands
    private final AsyncCommand<List<TopicSummary>> refreshTopicsCommand;
    private final Command startCommand;
    private final Command stopCommand;
    private final Command clearCommand;

    private MessageSource.Browse browse;
    private io.partita.async.TaskHandle selection = io.partita.async.TaskHandle.DONE;
    /** The rows the detail shows or is decoding. */
    private List<MessageRow> selectedRows = List.of();
    private BatchHandoff handoff;
    private long failed;
    private long startedAt;
    private long byteBudget = RowBudget.defaultBytes();
    /** When a live tail last received records ("09:58:12", the view's zone); empty before the first. */
    private String lastReceived = "";
    private io.partita.filter.RecordFilter filter = io.partita.filter.RecordFilter.ALL;
    private ReadProgress lastProgress;

    public MessagesViewModel(TaskRunner runner, MessageSource source, ZoneId zone,
                             Consumer<String> clipboard) {
        this.runner = runner;
        this.source = source;
        this.zone = zone;
        this.settings = new BrowseSettings(zone);
        this.detail = new MessageDetailViewModel(runner, clipboard);
        this.tools = new RowTools(runner, source, rows);
        this.refreshTopicsCommand = new AsyncCommand<>(runner, new SimpleBooleanProperty(true), source::topics,
                this::showTopics, e -> error.set("Could not list topics: " + message(e)));
        this.startCommand = new Command(Bindings.createBooleanBinding(
                () -> settings.topicProperty().get() != null, settings.topicProperty()), this::start);
        this.stopCommand = new Command(running, this::stop);
        this.clearCommand = Command.always(this::clear);
    }

    private void showTopics(List<TopicSummary> list) {
        topics.setAll(list.stream().map(TopicSummary::name).toList());
        if (error.get().startsWith("Could not list topics")) {
            error.set("");
        }
    }

    /** Reads the topic as the form says; a running browse is stopped first. */
    public void start() {
        ReadRequest request;
        io.partita.filter.RecordFilter compiled;
        filterErrorAt.set(-1);
        try {
            request = settings.request();
            compiled = settings.filter();
        } catch (io.partita.filter.FilterSyntaxException e) {
            error.set("Filter: " + e.reason() + " (column " + (e.position() + 1) + ").");
            filterErrorAt.set(e.position());
            return;
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        stop();
        clear();
        error.set("");
        warning.set("");
        failed = 0;
        startedAt = System.nanoTime();
        lastReceived = "";
        filter = compiled;
        lastProgress = null;
        progress.set(-1);
        scanDetails.set("");
        running.set(true);
        tailing.set(request.stop() instanceof StopCondition.Never);
        status.set((filter.matchesAll() ? readingVerb() : "Searching") + " " + request.topic() + "…");
        BatchHandoff[] self = new BatchHandoff[1];
        // Deliveries of an earlier browse (stopped, replaced) still arrive: only the current one's count.
        BatchHandoff mine = new BatchHandoff(runner, budget(), request, d -> {
            if (handoff == self[0]) {
                deliver(d, request);
            }
        });
        self[0] = mine;
        handoff = mine;
        browse = source.browse(request, compiled, mine);
    }

    private void deliver(BatchHandoff.Delivery delivery, ReadRequest request) {
        append(delivery.rows(), delivery.dropped());
        if (!delivery.rows().isEmpty()) {
            lastReceived = CLOCK_TIME.format(java.time.LocalTime.now(zone));
        }
        ReadProgress p = delivery.progress();
        if (p != null) {
            lastProgress = p;
            read.set(p.read());
            failed = p.failed();
            if (!p.notes().isEmpty()) {
                warning.set(String.join("\n", p.notes()));
            }
            progress.set(ScanText.fraction(p, delivery.finished()));
            scanDetails.set(ScanText.details(p));
        }
        // Status and error first: whoever watches running sees the final text once it turns false.
        status.set(statusText(request, delivery.finished()));
        if (delivery.finished()) {
            if (delivery.error() != null) {
                error.set(delivery.error());
            }
            browse = null;
            handoff = null;
            tailing.set(false);
            running.set(false);
        }
    }

    /**
     * Appends and trims to the cap and the memory budget, oldest first, as one change of the list (the table re-lays
     * out once).
     */
    private void append(List<MessageRow> added, long droppedBefore) {
        int overflow = budget().overflow(rows, added);
        if (overflow == 0) {
            rows.append(added);
        } else if (overflow >= rows.size()) {
            rows.fill(added, overflow - rows.size(), added.size());
        } else {
            rows.dropAndAppend(overflow, added);
        }
        dropped.set(dropped.get() + droppedBefore + overflow);
    }

    /** The table's cap and memory budget as they are now. */
    private RowBudget budget() {
        return new RowBudget(cap.get(), byteBudget);
    }

    /** The most the table's rows may hold in bytes (tests make it small); {@link RowBudget#defaultBytes()} else. */
    void byteBudget(long bytes) {
        this.byteBudget = bytes;
    }

    private String statusText(ReadRequest request, boolean finished) {
        if (!filter.matchesAll()) {
            return ScanText.searchStatus(request.topic(), lastProgress, finished, startedAt, dropped.get(), rows.size(),
                    budget());
        }
        long count = read.get();
        double seconds = Math.max(0.001, (System.nanoTime() - startedAt) / 1e9);
        StringBuilder text = new StringBuilder();
        text.append(finished ? "Read" : readingVerb() + "…").append(' ').append(format(count)).append(" record")
                .append(count == 1 ? "" : "s").append(" from ").append(request.topic());
        if (!finished && count > 0) {
            // A live tail waits for records most of the time: an average rate would freeze at its last value, while
            // when the newest records came stays true.
            text.append(tailing.get() ? " · last received " + lastReceived
                    : " (" + format(Math.round(count / seconds)) + "/s)");
        }
        if (failed > 0) {
            text.append(" · ").append(format(failed)).append(" not decoded");
        }
        if (dropped.get() > 0) {
            text.append(" · showing the latest ").append(format(rows.size())).append(", ")
                    .append(format(dropped.get())).append(" older rows dropped (cap ").append(budget().describe())
                    .append(")");
        }
        if (finished && request.stop() instanceof StopCondition.AtEnd) {
            text.append(" · reached the end offsets seen at start");
        }
        return text.toString();
    }

    /** What a running browse is doing: following a live tail, or reading a range. */
    private String readingVerb() {
        return tailing.get() ? "Following" : "Reading";
    }

    private static String format(long n) {
        return io.partita.ui.common.Quantities.count(n);
    }

    /** Stops the running browse, keeping the rows read so far. */
    public void stop() {
        MessageSource.Browse current = browse;
        if (current != null) {
            current.stop();
        }
    }

    private void clear() {
        tools.clear();
        rows.clear();
        dropped.set(0);
        read.set(0);
        detail.select(List.of());
    }

    /**
     * The selection in the table (one row: its detail; two rows: their diff). Rows keep raw bytes only, so the
     * selected ones are decoded again on a worker thread (the schemas are cached by then).
     */
    public void select(List<MessageRow> selected) {
        if (selected.equals(selectedRows)) {
            return; // the same records (the table reports a selected row again when a delivery moves it)
        }
        selectedRows = List.copyOf(selected);
        selection.cancel();
        tools.selected(selected);
        if (selected.size() > 2) {
            detail.selectMany(selected.size());
            return;
        }
        if (selected.isEmpty()) {
            detail.select(List.of());
            return;
        }
        List<MessageRow> rowsToShow = List.copyOf(selected);
        selection = runner.run(() -> rowsToShow.stream()
                        .map(r -> source.decode(r.message(), r.keyFormat(), r.valueFormat())).toList(),
                detail::select, e -> {
                    selectedRows = List.of(); // selecting them again tries again
                    error.set("Could not decode the selection: " + message(e));
                });
    }

    /** Stops reading for good: the connection is closing. */
    public void dispose() {
        stop();
        handoff = null;
        refreshTopicsCommand.cancel();
    }

    static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    // Properties

    public BrowseSettings settings() { return settings; }
    public MessageDetailViewModel detail() { return detail; }
    public RowTools tools() { return tools; }
    public ObservableList<String> topics() { return topics; }
    public ObservableList<MessageRow> rows() { return shownRows; }
    public IntegerProperty capProperty() { return cap; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty tailingProperty() { return tailing.getReadOnlyProperty(); }
    public ReadOnlyLongProperty droppedProperty() { return dropped.getReadOnlyProperty(); }
    public ReadOnlyLongProperty readProperty() { return read.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty warningProperty() { return warning.getReadOnlyProperty(); }
    /** Where the filter expression went wrong (0-based), -1 when it compiled. */
    public ReadOnlyIntegerProperty filterErrorAtProperty() { return filterErrorAt.getReadOnlyProperty(); }
    /** Share of the range scanned, 0..1; -1 while unknown (starting, live tail). */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** Per partition: offsets scanned of the range, and matches; one line each. */
    public ReadOnlyStringProperty scanDetailsProperty() { return scanDetails.getReadOnlyProperty(); }

    // Commands

    public AsyncCommand<List<TopicSummary>> refreshTopicsCommand() { return refreshTopicsCommand; }
    public Command startCommand() { return startCommand; }
    public Command stopCommand() { return stopCommand; }
    public Command clearCommand() { return clearCommand; }
}
