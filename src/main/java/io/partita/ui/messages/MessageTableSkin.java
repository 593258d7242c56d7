package io.partita.ui.messages;

import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The messages table's skin: JavaFX's own, with one step left out where nothing needs it. When a delivery re-texts
 * the shown rows, JavaFX's flow puts each row whose layout is due (every re-texted one) through a full CSS pass of
 * the row, its nine cells and their texts, though their style did not change: a third of the UI thread's time per
 * delivery. Here a reused row gets that pass only when its or its cells' pseudo-classes or style classes changed
 * while it took its new index (odd/even, empty, selected, focused, failed …); a row whose style stays goes straight
 * to layout. Style changes made outside the flow's layout (a click, a selection) are styled by the scene's own CSS
 * pass as before.
 */
final class MessageTableSkin extends TableViewSkin<MessageRow> {

    /** The key JavaFX's flow marks its new cells with (they always get the CSS pass). */
    private static final String NEW_CELL = "newcell";

    /** Set when the rows just changed and the table is to show their end once it takes the new count. */
    private boolean toEnd;

    MessageTableSkin(TableView<MessageRow> table) {
        super(table);
    }

    /** Shows the last row once the table has taken the rows' latest change (in this pulse's layout). */
    void scrollToEndWithNextCount() {
        toEnd = true;
        getSkinnable().requestLayout();
    }

    @Override
    protected void updateItemCount() {
        super.updateItemCount();
        if (toEnd) {
            toEnd = false;
            getVirtualFlow().setPosition(1);
        }
    }

    /** The index of the last row the table shows (even in part), -1 when it shows none. */
    int lastShownIndex() {
        TableRow<MessageRow> last = getVirtualFlow().getLastVisibleCell();
        return last == null ? -1 : last.getIndex();
    }

    @Override
    protected VirtualFlow<TableRow<MessageRow>> createVirtualFlow() {
        return new VirtualFlow<>() {
            @Override
            protected void setCellIndex(TableRow<MessageRow> row, int index) {
                if (!(row instanceof Row styled)) {
                    super.setCellIndex(row, index);
                    return;
                }
                long before = styled.styleChanges;
                row.updateIndex(index);
                boolean fresh = row.getProperties().remove(NEW_CELL) != null;
                if (fresh || (styled.styleChanges != before && row.isNeedsLayout() && row.getScene() != null)) {
                    row.applyCss();
                }
            }
        };
    }

    /**
     * A messages row: tinted when its record failed to decode, and counting the style changes of itself and its
     * cells (pseudo-classes and style classes) for the flow above.
     */
    static final class Row extends TableRow<MessageRow> {

        private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

        private long styleChanges;
        private final SetChangeListener<PseudoClass> pseudoClassChanged = c -> styleChanges++;
        private final ListChangeListener<String> styleClassChanged = c -> styleChanges++;

        Row() {
            watch(this);
            getChildrenUnmodifiable().addListener((ListChangeListener<Node>) c -> {
                styleChanges++;
                while (c.next()) {
                    c.getRemoved().forEach(this::unwatch);
                    c.getAddedSubList().forEach(this::watch);
                }
            });
        }

        private void watch(Node node) {
            // Cells come back when the row's skin sets its children again: never listen twice.
            unwatch(node);
            node.getPseudoClassStates().addListener(pseudoClassChanged);
            node.getStyleClass().addListener(styleClassChanged);
        }

        private void unwatch(Node node) {
            node.getPseudoClassStates().removeListener(pseudoClassChanged);
            node.getStyleClass().removeListener(styleClassChanged);
        }

        @Override
        protected void updateItem(MessageRow row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(FAILED, !empty && row != null && row.failed());
        }
    }
}
