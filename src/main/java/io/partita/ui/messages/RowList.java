package io.partita.ui.messages;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The table's rows: an observable list whose changes are made in bulk. A capped browse changes 100,000 rows on
 * every delivery; {@code ObservableList.setAll} does that one element at a time through its change builder (15–45 ms
 * of the UI thread per delivery here, more than the table's own layout). This list swaps its contents in one step and
 * reports one change, so the cost is two array copies; how the change is described decides how much of the table
 * is rebuilt ({@link #dropAndAppend}). Of the {@code List} methods that change a list, only clear() works here.
 */
final class RowList extends ObservableListBase<MessageRow> {

    private ArrayList<MessageRow> data = new ArrayList<>();
    /** The bytes the rows hold, kept as rows come and go (the memory budget reads it at every delivery). */
    private long held;

    @Override
    public MessageRow get(int index) {
        return data.get(index);
    }

    @Override
    public int size() {
        return data.size();
    }

    /** What the rows hold in bytes ({@link MessageRow#heldBytes()} summed). */
    long heldBytes() {
        return held;
    }

    /** Adds {@code added} at the end. */
    void append(List<MessageRow> added) {
        if (added.isEmpty()) {
            return;
        }
        int from = data.size();
        data.addAll(added);
        held += RowBudget.held(added);
        beginChange();
        nextAdd(from, data.size());
        endChange();
    }

    /**
     * Drops the first {@code drop} rows and adds {@code added} at the end, as one change of two parts: a removal at
     * the front and an addition at the end. Reported so, rather than as a replacement of the whole list, the table
     * keeps its cells as they are and only re-texts them; a change that reads as a replacement (or removes every
     * row) makes the table's skin empty every visible cell and fill it again, which restyles each of them (eight
     * times the cells' style changes over a 1M-record browse).
     */
    void dropAndAppend(int drop, List<MessageRow> added) {
        removeAndAppend(0, drop, added);
    }

    /** Removes {@code count} rows from {@code from} on and adds {@code added} at the end, as one change. */
    void removeAndAppend(int from, int count, List<MessageRow> added) {
        int removing = Math.min(count, data.size() - from);
        if (removing <= 0) {
            append(added);
            return;
        }
        ArrayList<MessageRow> next = new ArrayList<>(data.size() - removing + added.size());
        next.addAll(data.subList(0, from));
        next.addAll(data.subList(from + removing, data.size()));
        int end = next.size();
        next.addAll(added);
        if (removing == data.size()) {
            replaceWith(next); // every row goes: the table starts afresh whatever the change says
            return;
        }
        List<MessageRow> removed = new ArrayList<>(data.subList(from, from + removing));
        data = next;
        held += RowBudget.held(added) - RowBudget.held(removed);
        beginChange();
        nextRemove(from, removed);
        if (!added.isEmpty()) {
            nextAdd(end, next.size());
        }
        endChange();
    }

    /** Makes the list hold {@code rows} (copied). */
    void fill(List<MessageRow> rows) {
        replaceWith(new ArrayList<>(rows));
    }

    @Override
    public void clear() {
        replaceWith(new ArrayList<>());
    }

    private void replaceWith(ArrayList<MessageRow> next) {
        ArrayList<MessageRow> old = data;
        data = next;
        held = RowBudget.held(next);
        if (old.isEmpty() && next.isEmpty()) {
            return;
        }
        beginChange();
        if (!old.isEmpty()) {
            nextRemove(0, old);
        }
        if (!next.isEmpty()) {
            nextAdd(0, next.size());
        }
        endChange();
    }
}
