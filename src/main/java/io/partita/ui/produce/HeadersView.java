package io.partita.ui.produce;

import atlantafx.base.theme.Styles;
import io.partita.model.ProduceFormat;
import io.partita.ui.common.Bind;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The record's headers: one row each (name, value, format, remove), and "Add header". */
final class HeadersView extends VBox {

    private final ProduceViewModel vm;
    private final VBox rows = new VBox(6);

    HeadersView(ProduceViewModel vm) {
        super(6);
        this.vm = vm;
        Label title = new Label("Headers");
        title.getStyleClass().add("section-title");
        Button add = Bind.command(new Button("Add header", new FontIcon(Material2AL.ADD)), vm.addHeaderCommand());
        add.setId("addHeader");
        add.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, add);
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, rows);
        vm.headers().addListener((ListChangeListener<HeaderRow>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        rows.getChildren().setAll(vm.headers().stream().map(this::row).toList());
        if (vm.headers().isEmpty()) {
            Label none = new Label("No headers");
            none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            rows.getChildren().add(none);
        }
    }

    private Node row(HeaderRow header) {
        int n = vm.headers().indexOf(header);
        TextField key = new TextField();
        key.setId("headerKey" + n);
        key.setPromptText("name");
        key.setPrefWidth(150);
        key.textProperty().bindBidirectional(header.keyProperty());
        TextField value = new TextField();
        value.setId("headerValue" + n);
        value.setPromptText("value");
        value.textProperty().bindBidirectional(header.valueProperty());
        HBox.setHgrow(value, Priority.ALWAYS);
        ComboBox<ProduceFormat> format = new ComboBox<>(FXCollections.observableArrayList(HeaderRow.FORMATS));
        format.valueProperty().bindBidirectional(header.formatProperty());
        format.setPrefWidth(100);
        Button remove = new Button(null, new FontIcon(Material2MZ.REMOVE_CIRCLE_OUTLINE));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setOnAction(e -> vm.removeHeader(header));
        HBox line = new HBox(6, key, value, format, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, line, Bind.fieldError(header.errorProperty()));
    }
}
