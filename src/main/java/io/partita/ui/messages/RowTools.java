package io.partita.ui.messages;

import io.partita.async.TaskRunner;
import io.partita.filter.OrderCheck;
import io.partita.model.DecodedMessage;
import io.partita.transfer.ExportFormat;
import io.partita.transfer.RecordExporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What can be done with the rows in the table: export them (all or the selection; JSON Lines or CSV) and check
 * their timestamp order per partition, then jump from one out-of-order record to the next. Work runs on the task
 * runner; rows keep raw bytes only, so an export decodes them again.
 */
public final class RowTools {

    private static final int CHUNK = 2_000;

    private final TaskRunner runner;
    private final MessageSource source;
    private final ObservableList<MessageRow> rows;
    private List<MessageRow> selected = List.of();
    private int next;

    // Properties
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ObservableList<MessageRow> outOfOrder = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MessageRow> jumpTo = new ReadOnlyObjectWrapper<>(this, "jumpTo");

    RowTools(TaskRunner runner, MessageSource source, ObservableList<MessageRow> rows) {
        this.runner = runner;
        this.source = source;
        this.rows = rows;
    }

    void selected(List<MessageRow> selection) {
        this.selected = List.copyOf(selection);
    }

    /** Writes the rows (all, or the selected ones) to {@code file}; the format follows its extension. */
    public void export(Path file, boolean selectionOnly) {
        List<MessageRow> chosen = List.copyOf(selectionOnly ? selected : rows);
        if (chosen.isEmpty()) {
            outcome.set(selectionOnly ? "Select the rows to export first." : "There are no rows to export.");
            return;
        }
        busy.set(true);
        outcome.set("Exporting " + n(chosen.size()) + " records…");
        runner.run(() -> write(chosen, file), count -> {
            busy.set(false);
            outcome.set("Exported " + n(count) + " records to " + file + ".");
        }, e -> {
            busy.set(false);
            outcome.set("Export failed, nothing written: " + MessagesViewModel.message(e));
        });
    }

    private long write(List<MessageRow> chosen, Path file) {
        try (RecordExporter exporter = RecordExporter.open(file, ExportFormat.forFile(file))) {
            for (int from = 0; from < chosen.size(); from += CHUNK) {
                List<DecodedMessage> chunk = new ArrayList<>(CHUNK);
                for (MessageRow r : chosen.subList(from, Math.min(chosen.size(), from + CHUNK))) {
                    chunk.add(source.decode(r.message(), r.keyFormat(), r.valueFormat()));
                }
                exporter.write(chunk);
            }
            exporter.commit();
            return exporter.written();
        }
    }

    /** Finds rows whose timestamp is earlier than the previous row's of the same partition (offset order). */
    public void checkOrder() {
        List<MessageRow> snapshot = new ArrayList<>(rows);
        busy.set(true);
        runner.run(() -> inversions(snapshot), found -> {
            busy.set(false);
            outOfOrder.setAll(found.rows());
            next = 0;
            outcome.set(found.rows().isEmpty()
                    ? "Timestamps are in order in each partition among the " + n(found.checked()) + " loaded rows."
                    : n(found.count()) + " record" + (found.count() == 1 ? " is" : "s are") + " earlier than the "
                    + "row before them in their partition, among the " + n(found.checked()) + " loaded rows. "
                    + "Next jumps to each.");
            if (!found.rows().isEmpty()) {
                nextOutOfOrder();
            }
        }, e -> {
            busy.set(false);
            outcome.set("Could not check the order: " + MessagesViewModel.message(e));
        });
    }

    private record Found(List<MessageRow> rows, long count, long checked) {
    }

    private static Found inversions(List<MessageRow> snapshot) {
        snapshot.sort(Comparator.comparingInt(MessageRow::partition).thenComparingLong(MessageRow::offset));
        OrderCheck check = new OrderCheck(Integer.MAX_VALUE);
        Map<String, MessageRow> byPosition = new HashMap<>();
        for (MessageRow r : snapshot) {
            check.accept(r.message());
            byPosition.put(r.partition() + "@" + r.offset(), r);
        }
        List<MessageRow> found = new ArrayList<>();
        for (OrderCheck.Inversion i : check.inversions()) {
            found.add(byPosition.get(i.partition() + "@" + i.offset()));
        }
        return new Found(found, check.inversionCount(), check.checked());
    }

    /** Asks the table to select the next out-of-order row (round robin). */
    public void nextOutOfOrder() {
        if (outOfOrder.isEmpty()) {
            return;
        }
        MessageRow row = outOfOrder.get(next % outOfOrder.size());
        next++;
        jumpTo.set(null);
        jumpTo.set(row);
    }

    void clear() {
        outOfOrder.clear();
        outcome.set("");
        jumpTo.set(null);
    }

    private static String n(long value) {
        return io.partita.ui.common.Quantities.count(value);
    }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty outcomeProperty() { return outcome.getReadOnlyProperty(); }
    public ObservableList<MessageRow> outOfOrder() { return FXCollections.unmodifiableObservableList(outOfOrder); }
    /** The row the table should select and scroll to; set again for each jump. */
    public ReadOnlyObjectProperty<MessageRow> jumpToProperty() { return jumpTo.getReadOnlyProperty(); }
}
