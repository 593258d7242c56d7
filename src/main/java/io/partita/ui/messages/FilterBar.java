package io.partita.ui.messages;

import atlantafx.base.theme.Styles;
import io.partita.ui.common.Bind;
import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The filter expression (a search when set) and the row tools: export and the timestamp order check. */
final class FilterBar {

    static final String HELP = "Search the whole range with a filter, e.g.\n"
            + "  value.customer.id == 42 && headers.source == \"web\" && timestamp > \"2026-01-01T00:00:00Z\"\n"
            + "Paths: key, value (value.a.b, value.lines[0].sku), headers.name, partition, offset, timestamp,\n"
            + "  keySize, valueSize, size, topic\n"
            + "Operators: == != < <= > >= && || ! contains matches (regex) startsWith endsWith in ['a','b']\n"
            + "Functions: exists(path) lower(x) upper(x) size(x). A missing field makes a comparison false.\n"
            + "Press Read (Enter) to run it; the status line counts scanned records and matches.";

    private FilterBar() {
    }

    static HBox create(MessagesViewModel vm, Button read) {
        Label caption = new Label("Filter");
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        TextField filter = new TextField();
        filter.setId("filterField");
        filter.setPromptText("value.customer.id == 42 && headers.source == \"web\"   (empty: every record)");
        filter.getStyleClass().add("filter-field");
        filter.textProperty().bindBidirectional(vm.settings().filterProperty());
        filter.setTooltip(new Tooltip(HELP));
        filter.setOnAction(e -> read.fire());
        HBox.setHgrow(filter, Priority.ALWAYS);
        vm.filterErrorAtProperty().addListener((obs, old, at) -> {
            filter.pseudoClassStateChanged(Styles.STATE_DANGER, at.intValue() >= 0);
            if (at.intValue() >= 0) {
                filter.requestFocus();
                filter.positionCaret(Math.min(at.intValue(), filter.getLength()));
            }
        });
        filter.textProperty().addListener((obs, old, now) -> filter.pseudoClassStateChanged(Styles.STATE_DANGER,
                false));

        RowTools tools = vm.tools();
        MenuButton export = new MenuButton("Export", new FontIcon(Material2MZ.SAVE_ALT));
        export.setId("exportMenu");
        export.getItems().addAll(
                item("All rows as JSON Lines…", "exportAllJsonl", () -> choose(export, tools, false, "jsonl")),
                item("All rows as CSV…", "exportAllCsv", () -> choose(export, tools, false, "csv")),
                item("Selected rows as JSON Lines…", "exportSelectedJsonl", () -> choose(export, tools, true, "jsonl")),
                item("Selected rows as CSV…", "exportSelectedCsv", () -> choose(export, tools, true, "csv")));
        export.disableProperty().bind(tools.busyProperty().or(vm.runningProperty()));
        export.setTooltip(new Tooltip("JSON Lines keeps the raw bytes (base64) too, so the Produce tab or "
                + "'partita produce TOPIC --file F.jsonl' can send the records again byte for byte."));
        Button order = new Button("Check order", new FontIcon(Material2AL.ACCESS_TIME));
        order.setId("checkOrderButton");
        order.setTooltip(new Tooltip("Find rows whose timestamp is earlier than the row before them in the same "
                + "partition (producer re-ordering, clock skew)"));
        order.setOnAction(e -> tools.checkOrder());
        order.disableProperty().bind(tools.busyProperty().or(vm.runningProperty()));
        Button next = new Button("Next", new FontIcon(Material2MZ.SKIP_NEXT));
        next.setId("nextOutOfOrder");
        next.setOnAction(e -> tools.nextOutOfOrder());
        Bind.shownWhen(next, javafx.beans.binding.Bindings.isNotEmpty(tools.outOfOrder()));
        HBox bar = new HBox(8, caption, filter, export, order, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static void choose(MenuButton owner, RowTools tools, boolean selection, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(selection ? "Export the selected rows" : "Export all rows");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                extension.equals("csv") ? "CSV" : "JSON Lines", "*." + extension));
        chooser.setInitialFileName("records." + extension);
        File file = chooser.showSaveDialog(owner.getScene().getWindow());
        if (file != null) {
            Path path = file.toPath();
            if (!path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)) {
                path = path.resolveSibling(path.getFileName() + "." + extension);
            }
            tools.export(path, selection);
        }
    }
}
