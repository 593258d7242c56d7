package io.partita.ui.main;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Help → Keyboard shortcuts: the list of {@link Shortcut#ALL}. */
final class ShortcutsDialog {

    private ShortcutsDialog() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcutsGrid");
        grid.setHgap(24);
        grid.setVgap(8);
        grid.setPadding(new Insets(8, 4, 8, 4));
        int row = 0;
        for (Shortcut s : Shortcut.ALL) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().addAll("shortcut-keys", Styles.TEXT_BOLD);
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label action = new Label(s.action());
            action.setWrapText(true);
            action.setPrefWidth(440);
            grid.addRow(row++, keys, action);
        }
        Label note = new Label("On macOS, Ctrl means Cmd.");
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        grid.add(note, 0, row, 2, 1);

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        dialog.getDialogPane().setId("shortcutsDialog");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }
}
