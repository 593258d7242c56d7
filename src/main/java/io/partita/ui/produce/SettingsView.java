package io.partita.ui.produce;

import atlantafx.base.theme.Styles;
import io.partita.model.ProducerSettings;
import io.partita.ui.common.Bind;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
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

/** The producer settings, each with what it means, the problems Kafka would have, and the effective config. */
final class SettingsView extends VBox {

    private final VBox list = new VBox(6);

    SettingsView(ProduceViewModel vm) {
        super(10);
        ProducerSettingsModel s = vm.settings();
        ComboBox<String> acks = new ComboBox<>(FXCollections.observableArrayList(ProducerSettings.ACKS));
        acks.setId("acksBox");
        acks.valueProperty().bindBidirectional(s.acksProperty());
        CheckBox idempotence = new CheckBox("on");
        idempotence.setId("idempotenceBox");
        idempotence.selectedProperty().bindBidirectional(s.idempotenceProperty());
        ComboBox<String> compression = new ComboBox<>(FXCollections.observableArrayList(ProducerSettings.COMPRESSION));
        compression.valueProperty().bindBidirectional(s.compressionProperty());
        add(ProducerSettings.ACKS_KEY, acks);
        add(ProducerSettings.IDEMPOTENCE_KEY, idempotence);
        add(ProducerSettings.COMPRESSION_KEY, compression);
        add(ProducerSettings.LINGER_KEY, number(s.lingerMsProperty(), "lingerField"));
        add(ProducerSettings.BATCH_SIZE_KEY, number(s.batchSizeProperty(), "batchField"));
        add(ProducerSettings.DELIVERY_TIMEOUT_KEY, number(s.deliveryTimeoutMsProperty(), "deliveryTimeoutField"));
        add(ProducerSettings.REQUEST_TIMEOUT_KEY, number(s.requestTimeoutMsProperty(), "requestTimeoutField"));
        add(ProducerSettings.RETRIES_KEY, number(s.retriesProperty(), "retriesField"));
        add(ProducerSettings.MAX_IN_FLIGHT_KEY, number(s.maxInFlightProperty(), "maxInFlightField"));
        Label problems = Bind.message(s.problemsProperty(), Styles.DANGER, "error-banner");
        problems.setId("settingsProblems");
        Button effective = Bind.command(new Button("Effective configuration…", new FontIcon(Material2AL.LIST_ALT)),
                vm.effectiveConfigCommand());
        effective.setId("effectiveConfig");
        Button reset = Bind.command(new Button("Reset to defaults", new FontIcon(Material2MZ.RESTORE)),
                vm.resetSettingsCommand());
        for (Button b : new Button[] {effective, reset}) {
            b.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
        }
        HBox buttons = new HBox(8, effective, reset);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(list, problems, buttons);
    }

    /** The setting's name and control on one line, what it means under them. */
    private void add(String key, Node control) {
        Label name = new Label(key);
        name.getStyleClass().add("setting-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        if (control instanceof TextField field) {
            field.setPrefWidth(130);
        }
        HBox line = new HBox(12, name, spacer, control);
        line.setAlignment(Pos.CENTER_LEFT);
        Label meaning = new Label(ProducerSettings.MEANINGS.get(key));
        meaning.setWrapText(true);
        meaning.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "setting-meaning");
        list.getChildren().add(new VBox(2, line, meaning));
    }

    private static TextField number(StringProperty property, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
