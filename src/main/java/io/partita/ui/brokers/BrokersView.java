package io.partita.ui.brokers;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.partita.model.BrokerSummary;
import io.partita.ui.common.Bind;
import io.partita.ui.common.Quantities;
import io.partita.ui.configs.ConfigsView;
import io.partita.ui.configs.ConfigsViewModel;
import io.partita.ui.topics.Columns;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The brokers tab: the broker table on top, the selected broker's configs below. */
public final class BrokersView extends VBox {

    private final BrokersViewModel vm;
    private final StackPane configSlot = new StackPane();

    public BrokersView(BrokersViewModel vm) {
        super(8);
        this.vm = vm;
        setId("brokersView");
        setPadding(new Insets(12, 16, 8, 16));
        Columns.style(this);
        Label error = Bind.message(vm.errorProperty(), Styles.DANGER, "error-banner");
        error.setId("brokersError");
        SplitPane split = new SplitPane(table(), configSlot);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.35);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(header(), error, split);
        vm.configsProperty().addListener((obs, o, configs) -> showConfigs(configs));
        showConfigs(vm.configsProperty().get());
    }

    private HBox header() {
        Label title = new Label("Brokers");
        title.getStyleClass().add(Styles.TITLE_4);
        Label summary = new Label();
        summary.setId("brokerSummary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        Button refresh = Bind.command(new Button(null, new FontIcon(Material2MZ.REFRESH)), vm.refreshCommand());
        refresh.setId("refreshBrokers");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setTooltip(new Tooltip("Read the brokers again"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, summary, spacer, Bind.busy(vm.busyProperty(), "brokersBusy"), refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private TableView<BrokerSummary> table() {
        TableView<BrokerSummary> table = new TableView<>();
        table.setId("brokersTable");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, Styles.BORDERED);
        SortedList<BrokerSummary> sorted = new SortedList<>(vm.brokers());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Columns.number("ID", 70, b -> (long) b.node().id(), String::valueOf, null),
                Columns.text("Host:port", 220, b -> b.node().address()),
                Columns.text("Rack", 120, b -> b.node().rack() == null ? Quantities.UNKNOWN : b.node().rack()),
                Columns.text("Role", 130, b -> b.controller() ? "● controller" : ""),
                Columns.number("Log dirs", 120, BrokerSummary::logDirBytes, Quantities::bytes, null),
                Columns.number("Replicas", 100, b -> (long) b.partitions(), Quantities::count, null),
                Columns.number("Leaders", 100, b -> (long) b.leaders(), Quantities::count, null)));
        table.setPlaceholder(new Label("Loading brokers…"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, b) -> {
            if (b != null) {
                vm.selectedBrokerProperty().set(b.node().id());
            }
        });
        Runnable reselect = () -> {
            Integer wanted = vm.selectedBrokerProperty().get();
            BrokerSummary now = table.getSelectionModel().getSelectedItem();
            if (wanted != null && (now == null || now.node().id() != wanted)) {
                table.getItems().stream().filter(b -> b.node().id() == wanted).findFirst()
                        .ifPresent(b -> table.getSelectionModel().select(b));
            }
        };
        sorted.addListener((ListChangeListener<BrokerSummary>) c -> reselect.run());
        vm.selectedBrokerProperty().addListener((obs, o, n) -> reselect.run());
        return table;
    }

    private void showConfigs(ConfigsViewModel configs) {
        if (configs == null) {
            Label hint = new Label("Select a broker to see its configuration.");
            hint.getStyleClass().add(Styles.TEXT_MUTED);
            configSlot.getChildren().setAll(hint);
            return;
        }
        Label title = new Label("Configuration of " + configs.targetLabel());
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label("Read-only values are static (server.properties) and change only with a restart; "
                + "the others are dynamic and can be set per broker or for every broker.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        ConfigsView view = new ConfigsView(configs);
        VBox.setVgrow(view, Priority.ALWAYS);
        VBox box = new VBox(4, title, hint, view);
        box.setPadding(new Insets(10, 0, 0, 0));
        configSlot.getChildren().setAll(box);
    }
}
