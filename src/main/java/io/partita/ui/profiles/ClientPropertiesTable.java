package io.partita.ui.profiles;

import atlantafx.base.theme.Styles;
import io.partita.ui.common.Bind;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The "Advanced" table: any Kafka client property, key and value edited in place, unknown keys warned about. */
final class ClientPropertiesTable {

    private ClientPropertiesTable() {
    }

    static Node build(ProfileEditorViewModel vm) {
        TableView<ClientPropertyRow> table = new TableView<>(vm.form().clientProperties());
        table.setId("clientPropertiesTable");
        table.setEditable(true);
        table.setPrefHeight(150);
        table.setPlaceholder(FormLayout.hint("No extra client properties"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<ClientPropertyRow, String> key = new TableColumn<>("Key");
        key.setCellValueFactory(c -> c.getValue().keyProperty());
        key.setCellFactory(TextFieldTableCell.forTableColumn());
        TableColumn<ClientPropertyRow, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> c.getValue().valueProperty());
        value.setCellFactory(TextFieldTableCell.forTableColumn());
        table.getColumns().add(key);
        table.getColumns().add(value);
        Button add = new Button("Add");
        add.setId("addPropertyButton");
        add.setOnAction(e -> {
            vm.addProperty();
            int last = table.getItems().size() - 1;
            table.getSelectionModel().select(last);
            table.requestFocus();
            // The new row's cell exists only after a layout pass; then its editor can take the typing.
            table.layout();
            table.edit(last, key);
        });
        Button remove = new Button("Remove");
        remove.setId("removePropertyButton");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> table.getItems().remove(table.getSelectionModel().getSelectedItem()));
        add.getStyleClass().add(Styles.SMALL);
        remove.getStyleClass().add(Styles.SMALL);
        javafx.scene.control.Label warning = Bind.message(vm.propertiesWarningProperty(), Styles.WARNING);
        warning.setId("propertiesWarning");
        return new VBox(6, table, new HBox(8, add, remove), Bind.fieldError(vm.propertiesErrorProperty()), warning);
    }
}
