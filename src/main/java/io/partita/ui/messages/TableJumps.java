package io.partita.ui.messages;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableView;

/** Selects and scrolls to the row a view model points at (the next out-of-order record, say). */
final class TableJumps {

    private TableJumps() {
    }

    static void follow(TableView<MessageRow> table, ObservableValue<MessageRow> target) {
        target.addListener((obs, old, row) -> {
            if (row == null) {
                return;
            }
            int index = table.getItems().indexOf(row);
            if (index >= 0) {
                table.getSelectionModel().clearAndSelect(index);
                table.scrollTo(Math.max(0, index - 3));
                table.requestFocus();
            }
        });
    }
}
