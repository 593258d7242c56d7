package io.partita.ui.produce;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.partita.ui.common.Styling;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The produce pane's dialogs, modal to the window the pane is in. Call on the FX thread. */
final class FxProduceDialogs implements ProduceDialogs {

    private Node anchor;

    /** The node whose window the dialogs belong to (set when the view exists). */
    void attach(Node node) {
        this.anchor = node;
    }

    @Override
    public void showEffectiveConfig(String title, Map<String, String> config) {
        FilteredList<Map.Entry<String, String>> rows = new FilteredList<>(
                FXCollections.observableArrayList(config.entrySet()));
        TableView<Map.Entry<String, String>> table = new TableView<>(rows);
        table.setId("effectiveConfigTable");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Map.Entry<String, String>, String> key = new TableColumn<>("Setting");
        key.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().getKey()));
        key.setPrefWidth(300);
        TableColumn<Map.Entry<String, String>, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().getValue()));
        table.getColumns().add(key);
        table.getColumns().add(value);
        TextField filter = new TextField();
        filter.setPromptText("filter, e.g. timeout");
        filter.textProperty().addListener((obs, o, text) -> rows.setPredicate(e -> text == null || text.isBlank()
                || e.getKey().contains(text.strip()) || e.getValue().contains(text.strip())));
        Label note = new Label("Every setting the producer uses, Kafka's defaults included. Secrets are masked.");
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox content = new VBox(8, note, filter, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPrefSize(760, 560);
        Dialog<Void> dialog = new Dialog<>();
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        prepare(dialog, title);
        dialog.showAndWait();
    }

    @Override
    public Optional<String> askTemplateName(String suggestion) {
        TextInputDialog dialog = new TextInputDialog(suggestion);
        dialog.setContentText("Template name:");
        prepare(dialog, "Save as template");
        return dialog.showAndWait().map(String::strip);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType ok = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ok, ButtonType.CANCEL);
        prepare(alert, title);
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    private void prepare(Dialog<?> dialog, String title) {
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        if (anchor != null && anchor.getScene() != null) {
            dialog.initOwner(anchor.getScene().getWindow());
        }
        Styling.apply(dialog.getDialogPane().getScene());
    }
}
