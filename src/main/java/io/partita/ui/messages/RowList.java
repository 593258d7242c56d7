package io.partita.ui.messages;

import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The table's rows: an observable list whose changes are made in bulk. A capped browse changes 100,000 rows on
 * every delivery; {@code ObservableList.setAll} does that one element at a time through its change builder (15–45 ms
 * of the UI thread per delivery here, more than the table's own layout). This list changes in one step and reports
 * one change; how the change is described decides how much of the table is rebuilt ({@link #dropAndAppend}). The rows
 * are kept as columns ({@link RowColumns}: rows out at the front move nothing, the change's report gets a copy of
 * them), and a row object is made when one is asked for. Of the {@code List} methods that change a list, only
 * clear() works here.
 */
final class RowList extends ObservableListBase<MessageRow> {

    private RowColumns data = new RowColumns();

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
        return data.heldBytes();
    }

    /** What row {@code index} holds in bytes, without making the row. */
    long heldBytes(int index) {
        return data.heldBytes(index);
    }

    /** Adds {@code added} at the end. */
    void append(List<MessageRow> added) {
        if (added.isEmpty()) {
            return;
        }
        int from = data.size();
        data.addAll(added);
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
        if (removing == data.size()) {
            // Every row goes: the table starts afresh whatever the change says.
            replaceWith(RowColumns.copyOf(added, 0, added.size()));
            return;
        }
        RowColumns removed = data.copyOfRange(from, from + removing);
        data.removeRange(from, from + removing);
        int end = data.size();
        data.addAll(added);
        beginChange();
        nextRemove(from, removed);
        if (!added.isEmpty()) {
            nextAdd(end, data.size());
        }
        endChange();
    }

    /** Makes the list hold {@code rows} (copied). */
    void fill(List<MessageRow> rows) {
        fill(rows, 0, rows.size());
    }

    /** Makes the list hold rows {@code from} (inclusive) to {@code to} (exclusive) of {@code rows} (copied). */
    void fill(List<MessageRow> rows, int from, int to) {
        replaceWith(RowColumns.copyOf(rows, from, to));
    }

    @Override
    public void clear() {
        replaceWith(new RowColumns());
    }

    /** {@code next} becomes the list's own. */
    private void replaceWith(RowColumns next) {
        RowColumns old = data;
        data = next;
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
