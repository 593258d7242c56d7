package io.partita.ui.profiles;

import atlantafx.base.theme.Styles;
import io.partita.ui.common.Bind;
import java.io.File;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The editor's layout pieces: label/field grids, rows shown only when they apply, fields bound to properties. */
final class FormLayout {

    private FormLayout() {
    }

    static Node section(String title, Node content) {
        Label label = new Label(title);
        label.getStyleClass().addAll(Styles.TEXT_BOLD, "section-title");
        return new VBox(8, label, content);
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    static void row(GridPane grid, int row, String label, Node field, Node below) {
        VBox box = below == null ? new VBox(field) : new VBox(4, field, below);
        Label caption = new Label(label);
        caption.setMinHeight(32);
        GridPane.setValignment(caption, VPos.TOP);
        grid.add(caption, 0, row);
        grid.add(box, 1, row);
    }

    static void shownRow(GridPane grid, int row, String label, Node field, Node below, ObservableBooleanValue shown) {
        row(grid, row, label, field, below);
        grid.getChildren().stream().filter(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) == row)
                .forEach(n -> Bind.shownWhen(n, shown));
    }

    static TextField text(String id, StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    static PasswordField password(String id, StringProperty value) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    static Label hint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return label;
    }

    /** A path field with a "Browse…" button opening a file chooser. */
    static Node filePicker(String id, StringProperty value, String prompt) {
        TextField path = text(id, value, prompt);
        Button browse = new Button("Browse…");
        browse.setId(id + "Browse");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose a file");
            String current = value.get();
            if (current != null && !current.isBlank() && new File(current).getParentFile() != null
                    && new File(current).getParentFile().isDirectory()) {
                chooser.setInitialDirectory(new File(current).getParentFile());
            }
            File file = chooser.showOpenDialog(browse.getScene().getWindow());
            if (file != null) {
                value.set(file.getAbsolutePath());
            }
        });
        HBox.setHgrow(path, Priority.ALWAYS);
        return new HBox(8, path, browse);
    }
}
