package io.partita.ui.topics;

import atlantafx.base.theme.Styles;
import io.partita.model.ConfigKey;
import io.partita.ui.common.Bind;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The create-topic form: name, partitions, replication factor, configs and the broker's verdict. */
final class CreateTopicView extends VBox {

    private final CreateTopicViewModel vm;
    private final VBox configRows = new VBox(6);

    CreateTopicView(CreateTopicViewModel vm) {
        super(14);
        this.vm = vm;
        setId("createTopicView");
        setPadding(new Insets(4, 2, 4, 2));
        Columns.style(this);
        getChildren().addAll(form(), configs(), verdict());
    }

    private GridPane form() {
        TextField name = new TextField();
        name.setId("newTopicName");
        name.setPromptText("e.g. orders.v1");
        name.textProperty().bindBidirectional(vm.nameProperty());
        Spinner<Integer> partitions = spinner("newTopicPartitions", 1, 100_000, vm.partitionsProperty());
        Spinner<Integer> rf = spinner("newTopicReplication", 1, 32, vm.replicationFactorProperty());
        Label brokers = new Label();
        brokers.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        brokers.textProperty().bind(Bindings.createStringBinding(() -> vm.liveBrokersProperty().get() < 0
                ? "counting live brokers…" : "at most " + vm.liveBrokersProperty().get() + " (live brokers)",
                vm.liveBrokersProperty()));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(captions, new ColumnConstraints());
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        Label nameError = Bind.fieldError(vm.nameErrorProperty());
        nameError.setId("nameError");
        HBox rfLine = new HBox(10, rf, brokers);
        rfLine.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(0, caption("Name"), name);
        grid.add(nameError, 1, 1);
        grid.add(warning(vm.nameWarningProperty(), "nameWarning"), 1, 2);
        grid.addRow(3, caption("Partitions"), partitions);
        grid.addRow(4, caption("Replication factor"), rfLine);
        Label sizeError = Bind.fieldError(vm.sizeErrorProperty());
        sizeError.setId("sizeError");
        grid.add(sizeError, 1, 5);
        return grid;
    }

    private VBox configs() {
        Label title = caption("Configs");
        Button add = Bind.command(new Button("Add config", new FontIcon(Material2AL.ADD)), vm.addConfigCommand());
        add.setId("addConfigRow");
        add.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        Label hint = new Label("Unset configs use the broker's defaults. Start typing a name for suggestions.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label error = Bind.fieldError(vm.configErrorProperty());
        error.setId("configRowsError");
        HBox head = new HBox(10, title, add);
        head.setAlignment(Pos.CENTER_LEFT);
        vm.configs().addListener((ListChangeListener<ConfigEntryRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    rebuildRows();
                }
            }
        });
        rebuildRows();
        return new VBox(6, head, hint, configRows, error, warning(vm.configWarningProperty(), "configWarning"));
    }

    private void rebuildRows() {
        configRows.getChildren().setAll(vm.configs().stream().map(this::configRow).toList());
    }

    private HBox configRow(ConfigEntryRow row) {
        TextField key = new TextField();
        key.setPromptText("config name");
        key.textProperty().bindBidirectional(row.keyProperty());
        key.setPrefWidth(280);
        key.getStyleClass().add("config-key-field");
        List<ConfigKey> keys = vm.configKeys();
        TextFields.bindAutoCompletion(key, request -> keys.stream()
                .map(ConfigKey::name)
                .filter(k -> k.contains(request.getUserText().strip().toLowerCase(Locale.ROOT)))
                .toList());
        keys.stream().filter(k -> k.name().equals(row.key())).findFirst()
                .ifPresent(k -> key.setTooltip(new Tooltip(k.documentation())));
        key.textProperty().addListener((obs, o, n) -> key.setTooltip(keys.stream()
                .filter(k -> k.name().equals(n == null ? "" : n.strip())).findFirst()
                .map(k -> new Tooltip(k.documentation())).orElse(null)));
        TextField value = new TextField();
        value.setPromptText("value");
        value.textProperty().bindBidirectional(row.valueProperty());
        value.getStyleClass().add("config-value-field");
        HBox.setHgrow(value, Priority.ALWAYS);
        Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setOnAction(e -> vm.removeConfig(row));
        HBox line = new HBox(6, key, new Label("="), value, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private Label verdict() {
        Label verdict = Bind.message(vm.brokerMessageProperty(), "verdict");
        verdict.setId("brokerVerdict");
        verdict.setMaxWidth(Double.MAX_VALUE);
        Runnable style = () -> {
            verdict.getStyleClass().removeAll("verdict-ok", "verdict-refused", "verdict-pending");
            String message = vm.brokerMessageProperty().get();
            verdict.getStyleClass().add(vm.busyProperty().get() ? "verdict-pending"
                    : vm.brokerAcceptedProperty().get() ? "verdict-ok"
                    : message != null && !message.isEmpty() ? "verdict-refused" : "verdict-pending");
        };
        vm.brokerMessageProperty().addListener((obs, o, n) -> style.run());
        vm.brokerAcceptedProperty().addListener((obs, o, n) -> style.run());
        vm.busyProperty().addListener((obs, o, n) -> style.run());
        style.run();
        return verdict;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, javafx.beans.property.IntegerProperty value) {
        Spinner<Integer> spinner = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get());
        spinner.setValueFactory(factory);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(120);
        factory.valueProperty().addListener((obs, o, n) -> {
            if (n != null) {
                value.set(n);
            }
        });
        value.addListener((obs, o, n) -> factory.setValue(n.intValue()));
        // Commit typed digits at once, so the checks react before the field loses focus.
        spinner.getEditor().textProperty().addListener((obs, o, text) -> {
            try {
                int n = Integer.parseInt(text.strip());
                if (n >= min && n <= max) {
                    factory.setValue(n);
                }
            } catch (NumberFormatException e) {
                // Half-typed: keep the last valid value.
            }
        });
        return spinner;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-caption");
        return label;
    }

    private static Label warning(javafx.beans.value.ObservableStringValue text, String id) {
        Label label = Bind.message(text, Styles.TEXT_SMALL, "field-warning");
        label.setId(id);
        return label;
    }
}
