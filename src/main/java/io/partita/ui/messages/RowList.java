package io.partita.ui.messages;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The table's rows: an observable list whose changes are made in bulk. A capped browse replaces 100,000 rows on every
 * delivery; {@code ObservableList.setAll} does that one element at a time through its change builder (15–45 ms of
 * the UI thread per delivery here, more than the table's own layout). This list swaps its contents in one step and
 * reports one change, so the cost is two array copies. Of the {@code List} methods that change a list, only clear()
 * works here.
 */
final class RowList extends ObservableListBase<MessageRow> {

    private ArrayList<MessageRow> data = new ArrayList<>();

    @Override
    public MessageRow get(int index) {
        return data.get(index);
    }

    @Override
    public int size() {
        return data.size();
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

    /** Drops the first {@code drop} rows and adds {@code added} at the end, as one change. */
    void dropAndAppend(int drop, List<MessageRow> added) {
        int keep = Math.max(0, data.size() - drop);
        ArrayList<MessageRow> next = new ArrayList<>(keep + added.size());
        next.addAll(data.subList(data.size() - keep, data.size()));
        next.addAll(added);
        replaceWith(next);
    }

    /** Puts {@code replacement} in place of as many rows from {@code from} on, as one change. */
    void replaceRange(int from, List<MessageRow> replacement) {
        if (replacement.isEmpty()) {
            return;
        }
        List<MessageRow> removed = new ArrayList<>(data.subList(from, from + replacement.size()));
        for (int i = 0; i < replacement.size(); i++) {
            data.set(from + i, replacement.get(i));
        }
        beginChange();
        nextReplace(from, from + replacement.size(), removed);
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
