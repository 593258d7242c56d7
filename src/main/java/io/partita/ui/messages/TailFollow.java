package io.partita.ui.messages;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

/**
 * Keeps a live tail's newest row in view, as {@code tail -f} does, while the table is scrolled to its end: when rows
 * come and the last row was shown before they came, the table scrolls to the new last row. Scrolled up to look at
 * something, the table stays where it is until scrolled back down to the end. Bounded reads are not followed: their
 * first records stay at the top.
 */
final class TailFollow {

    private TailFollow() {
    }

    /**
     * Follows the table's list while {@code tailing}. Installed with the table, before it is shown: the list it has
     * then is its own (it shows made-up rows for a while, {@link CellPrimer}, and those are not followed).
     */
    static void install(TableView<MessageRow> table, ObservableBooleanValue tailing) {
        ObservableList<MessageRow> rows = table.getItems();
        rows.addListener((ListChangeListener<MessageRow>) change -> {
            if (!tailing.get() || table.getItems() != rows || !(table.getSkin() instanceof MessageTableSkin skin)) {
                return;
            }
            int size = change.getList().size();
            int before = size;
            while (change.next()) {
                before += change.getRemovedSize() - change.getAddedSize();
            }
            // The flow still shows the rows as they were before this change: was the old last row among them?
            int lastShown = skin.lastShownIndex();
            if (size > 0 && (before == 0 || lastShown >= before - 1)) {
                // Not table.scrollTo: the table's skin may not have taken this change's row count yet.
                skin.scrollToEndWithNextCount();
            }
        });
    }
}
