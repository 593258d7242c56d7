package io.partita.ui.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

/**
 * Keeps the table's selection on the records selected while a capped browse drops older rows and appends new ones.
 * The table's own selection model adds up a change's parts into one shift from where the last part starts: for the
 * messages list's change (rows out at the front, as many in at the end) that is no shift at all, so the selection
 * stayed at its index (on another record, further on at each delivery) while the detail pane showed the record picked.
 * Here each selected row's new index is worked out from the change's parts, in order; a row that was dropped leaves
 * the selection.
 * <p>
 * Two listeners on the list: one that sees the selection before the table's model does (so as it was), installed
 * before the table exists; one that puts it right after the model has done its part, moved behind the model's
 * listener whenever the table gets its list back (the model then listens again, last).
 */
final class SelectionFollow {

    /**
     * The most selected rows followed. Selecting many rows again is slow in the table's model (100,000 rows selected
     * took 8 s at each delivery): a larger selection (select all, a range to export) stays at its indices.
     */
    static final int MOST_FOLLOWED = 1_000;

    private final ObservableList<MessageRow> rows;
    private TableView<MessageRow> table;
    /** The selection the last change leaves, worked out before the model saw the change; null when no change is due. */
    private List<Integer> after;
    private final ListChangeListener<MessageRow> before = this::before;
    private final ListChangeListener<MessageRow> apply = change -> apply();

    private SelectionFollow(ObservableList<MessageRow> rows) {
        this.rows = rows;
    }

    /** To be called before the table is made on {@code rows}; {@link #attach} then, with the table. */
    static SelectionFollow watch(ObservableList<MessageRow> rows) {
        SelectionFollow follow = new SelectionFollow(rows);
        rows.addListener(follow.before);
        return follow;
    }

    void attach(TableView<MessageRow> table) {
        this.table = table;
        rows.addListener(apply);
        table.itemsProperty().addListener((o, was, items) -> {
            if (items == rows) {
                rows.removeListener(apply);
                rows.addListener(apply);
            }
        });
    }

    private void before(ListChangeListener.Change<? extends MessageRow> change) {
        after = null;
        if (table == null || table.getItems() != rows || table.getSelectionModel() == null) {
            return;
        }
        List<Integer> selected = table.getSelectionModel().getSelectedIndices();
        if (selected.isEmpty() || selected.size() > MOST_FOLLOWED) {
            return;
        }
        List<Integer> kept = new ArrayList<>(selected.size());
        for (int index : selected) {
            int moved = follow(index, change);
            if (moved >= 0) {
                kept.add(moved);
            }
        }
        after = kept;
    }

    /** Where row {@code index} is after the change; -1 when it went or the change reordered the list. */
    private static int follow(int index, ListChangeListener.Change<? extends MessageRow> change) {
        change.reset();
        int at = index;
        while (change.next()) {
            if (change.wasPermutated()) {
                change.reset();
                return -1;
            }
            if (change.wasUpdated()) {
                continue;
            }
            // Each part's place counts the parts before it as done.
            if (at < change.getFrom()) {
                break;
            }
            if (at < change.getFrom() + change.getRemovedSize()) {
                change.reset();
                return -1;
            }
            at += change.getAddedSize() - change.getRemovedSize();
        }
        change.reset();
        return at;
    }

    private void apply() {
        List<Integer> wanted = after;
        after = null;
        if (wanted == null || table.getItems() != rows
                || Set.copyOf(table.getSelectionModel().getSelectedIndices()).equals(Set.copyOf(wanted))) {
            return;
        }
        if (wanted.isEmpty()) {
            table.getSelectionModel().clearSelection();
            return;
        }
        // One change for the first row (never an empty selection on the way: the detail would blank), then the rest.
        table.getSelectionModel().clearAndSelect(wanted.get(0));
        if (wanted.size() > 1) {
            int[] rest = wanted.subList(2, wanted.size()).stream().mapToInt(Integer::intValue).toArray();
            table.getSelectionModel().selectIndices(wanted.get(1), rest);
        }
        table.getFocusModel().focus(wanted.get(wanted.size() - 1));
    }
}
