package io.partita.ui.configs;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.partita.model.ConfigValue;
import io.partita.ui.common.Bind;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The config table of a topic or broker: filter, overrides only, edit and reset, the selected config's help. */
public final class ConfigsView extends VBox {

    public ConfigsView(ConfigsViewModel vm) {
        super(8);
        getStyleClass().add("configs-view");
        setPadding(new Insets(10, 0, 0, 0));
        TableView<ConfigValue> table = table(vm);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label error = Bind.message(vm.errorProperty(), Styles.DANGER, "error-banner");
        error.setId("configsError");
        Label status = Bind.message(vm.statusProperty(), Styles.SUCCESS, Styles.TEXT_SMALL);
        status.setId("configsStatus");
        getChildren().addAll(toolbar(vm), error, status, table, help(vm));
    }

    private static HBox toolbar(ConfigsViewModel vm) {
        TextField filter = new TextField();
        filter.setId("configFilter");
        filter.setPromptText("Filter configs");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.setPrefWidth(260);
        ToggleButton overrides = new ToggleButton("Overrides only");
        overrides.setId("overridesOnly");
        overrides.selectedProperty().bindBidirectional(vm.overridesOnlyProperty());
        overrides.setTooltip(new Tooltip("Hide values that come from Kafka's defaults"));
        Button edit = Bind.command(new Button("Edit…", new FontIcon(Material2AL.EDIT)), vm.editCommand());
        edit.setId("editConfig");
        Button reset = Bind.command(new Button("Reset", new FontIcon(Material2MZ.SETTINGS_BACKUP_RESTORE)),
                vm.resetCommand());
        reset.setId("resetConfig");
        reset.setTooltip(new Tooltip("Remove the override: the value falls back to the next level"));
        Button refresh = Bind.command(new Button(null, new FontIcon(Material2MZ.REFRESH)), vm.refreshCommand());
        refresh.setId("refreshConfigs");
        refresh.setTooltip(new Tooltip("Read the configs again"));
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, filter, overrides, spacer, Bind.busy(vm.busyProperty(), "configsBusy"), edit, reset,
                refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static TableView<ConfigValue> table(ConfigsViewModel vm) {
        TableView<ConfigValue> table = new TableView<>();
        SortedList<ConfigValue> sorted = new SortedList<>(vm.configs());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("configTable");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ConfigValue, String> name = column("Name", 300, ConfigValue::name);
        TableColumn<ConfigValue, String> value = column("Value", 320, ConfigValue::displayValue);
        TableColumn<ConfigValue, String> source = column("Source", 230, c -> SourceText.of(c.source()));
        table.getColumns().addAll(java.util.List.of(name, value, source));
        table.setPlaceholder(new Label("No configs loaded"));
        table.setRowFactory(t -> {
            TableRow<ConfigValue> row = new TableRow<>() {
                @Override
                protected void updateItem(ConfigValue item, boolean empty) {
                    super.updateItem(item, empty);
                    boolean override = !empty && item != null && item.source() != ConfigValue.Source.DEFAULT;
                    io.partita.ui.common.StyleClasses.exclusive(this, java.util.List.of("config-override"),
                            override ? "config-override" : null);
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.editCommand().execute();
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> vm.selectedProperty().set(n));
        vm.selectedProperty().addListener((obs, o, n) -> {
            if (table.getSelectionModel().getSelectedItem() != n) {
                table.getSelectionModel().select(n);
            }
        });
        return table;
    }

    private static Label help(ConfigsViewModel vm) {
        Label help = new Label();
        help.setId("configHelp");
        help.setWrapText(true);
        help.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "config-help");
        help.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            ConfigValue c = vm.selectedProperty().get();
            if (c == null) {
                return "Select a config to see what it does. Double-click to edit.";
            }
            String doc = c.documentation() == null || c.documentation().isBlank() ? "" : " — " + c.documentation();
            String lock = c.readOnly() ? " (read-only: changes need a broker restart)" : "";
            return c.name() + lock + doc;
        }, vm.selectedProperty()));
        help.setMinHeight(Region.USE_PREF_SIZE);
        help.setMaxHeight(80);
        return help;
    }

    private static TableColumn<ConfigValue, String> column(String title, double width,
                                                           java.util.function.Function<ConfigValue, String> value) {
        TableColumn<ConfigValue, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setComparator(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        return column;
    }
}
