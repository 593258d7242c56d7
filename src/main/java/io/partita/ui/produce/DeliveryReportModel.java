package io.partita.ui.produce;

import io.partita.model.SendResult;
import io.partita.model.SendSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The delivery report of the current (or last) send: counts that add up, a progress fraction, and rows.
 * Results arrive on the producer's thread through {@link #offer} and reach the properties in batches through
 * {@link #poll} (any thread) and {@link #apply} (UI thread). The table keeps at most {@link #MAX_ROWS}
 * deliveries and as many failures; counts are always complete.
 */
public final class DeliveryReportModel {

    static final int MAX_ROWS = 5_000;
    private static final int MAX_BATCH = 50_000;

    private final Queue<SendResult> incoming = new ConcurrentLinkedQueue<>();
    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ResultRow> shown = new FilteredList<>(rows);
    private final BooleanProperty failuresOnly = new SimpleBooleanProperty(this, "failuresOnly", false);
    private final ReadOnlyLongWrapper requested = new ReadOnlyLongWrapper(this, "requested");
    private final ReadOnlyLongWrapper delivered = new ReadOnlyLongWrapper(this, "delivered");
    private final ReadOnlyLongWrapper failed = new ReadOnlyLongWrapper(this, "failed");
    private final ReadOnlyLongWrapper notSent = new ReadOnlyLongWrapper(this, "notSent");
    private final ReadOnlyLongWrapper pending = new ReadOnlyLongWrapper(this, "pending");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Nothing sent yet.");
    private final ReadOnlyStringWrapper truncation = new ReadOnlyStringWrapper(this, "truncation", "");
    private String what = "";
    private long deliveredRows;
    private long failedRows;

    DeliveryReportModel() {
        failuresOnly.addListener((obs, o, only) -> shown.setPredicate(only ? r -> !r.delivered() : null));
    }

    /** UI thread: a new send of {@code count} records begins. */
    void start(long count, String what) {
        incoming.clear();
        rows.clear();
        deliveredRows = 0;
        failedRows = 0;
        requested.set(count);
        delivered.set(0);
        failed.set(0);
        notSent.set(0);
        pending.set(count);
        progress.set(0);
        truncation.set("");
        this.what = what;
        summary.set("Preparing " + what + " (schemas, producer)…");
    }

    /** Any thread, must not block: called on the producer's I/O thread for every result. */
    void offer(SendResult result) {
        incoming.add(result);
    }

    /** Any thread: takes what has arrived since the last poll. */
    List<SendResult> poll() {
        List<SendResult> batch = new ArrayList<>();
        SendResult r;
        while (batch.size() < MAX_BATCH && (r = incoming.poll()) != null) {
            batch.add(r);
        }
        return batch;
    }

    /** UI thread: counts and rows for a batch from {@link #poll}. */
    void apply(List<SendResult> batch) {
        if (batch.isEmpty()) {
            return;
        }
        if (requested.get() == pending.get()) {
            summary.set("Sending " + what + "…");
        }
        List<ResultRow> added = new ArrayList<>();
        long d = 0;
        long f = 0;
        long n = 0;
        for (SendResult r : batch) {
            ResultRow row = ResultRow.of(r);
            switch (row.status()) {
                case ResultRow.DELIVERED -> d++;
                case ResultRow.FAILED -> f++;
                default -> n++;
            }
            if (row.delivered() ? deliveredRows++ < MAX_ROWS : failedRows++ < MAX_ROWS) {
                added.add(row);
            }
        }
        rows.addAll(added);
        delivered.set(delivered.get() + d);
        failed.set(failed.get() + f);
        notSent.set(notSent.get() + n);
        long done = delivered.get() + failed.get() + notSent.get();
        pending.set(Math.max(0, requested.get() - done));
        progress.set(requested.get() == 0 ? 0 : (double) done / requested.get());
        if (deliveredRows > MAX_ROWS || failedRows > MAX_ROWS) {
            truncation.set(String.format(Locale.ROOT, "The table keeps the first %,d deliveries and %,d failures; "
                    + "the counts cover all %,d records.", MAX_ROWS, MAX_ROWS, requested.get()));
        }
    }

    private void applyAll() {
        while (!incoming.isEmpty()) {
            apply(poll());
        }
    }

    /** UI thread: the send is over (every result has been applied before). */
    void finish(SendSummary s) {
        applyAll();
        progress.set(1);
        pending.set(0);
        String rate = s.elapsed().toMillis() >= 200 && s.requested() > 1
                ? String.format(Locale.ROOT, " (%,.0f records/s)", s.recordsPerSecond()) : "";
        String outcome = s.allDelivered() ? String.format(Locale.ROOT, "All %,d delivered", s.requested())
                : String.format(Locale.ROOT, "%,d of %,d delivered", s.delivered(), s.requested());
        summary.set(outcome + String.format(Locale.ROOT, " in %.1f s%s", s.elapsed().toMillis() / 1000.0, rate)
                + (s.stopReason() == null ? "." : "; " + s.stopReason() + "."));
    }

    /** UI thread: the send could not start (bad input, read-only, settings). */
    void failedToStart(String reason) {
        applyAll();
        progress.set(0);
        pending.set(0);
        summary.set("Not sent: " + reason);
    }

    // Properties

    public ObservableList<ResultRow> rows() { return shown; }
    public BooleanProperty failuresOnlyProperty() { return failuresOnly; }
    public ReadOnlyLongProperty requestedProperty() { return requested.getReadOnlyProperty(); }
    public ReadOnlyLongProperty deliveredProperty() { return delivered.getReadOnlyProperty(); }
    public ReadOnlyLongProperty failedProperty() { return failed.getReadOnlyProperty(); }
    public ReadOnlyLongProperty notSentProperty() { return notSent.getReadOnlyProperty(); }
    public ReadOnlyLongProperty pendingProperty() { return pending.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty truncationProperty() { return truncation.getReadOnlyProperty(); }
}
