package io.partita.ui.overview;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.partita.ui.common.Bind;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The cluster at a glance: metric tiles, the broker table and a refresh button. */
public final class OverviewView extends VBox {

    public OverviewView(OverviewViewModel vm) {
        super(16);
        setId("overview");
        setPadding(new Insets(20));
        getStyleClass().add("overview");
        Label error = Bind.message(vm.errorProperty(), Styles.DANGER, "error-banner");
        error.setId("overviewError");
        getChildren().addAll(header(vm), error, tiles(vm), brokersTitle(), brokers(vm));
    }

    private static HBox header(OverviewViewModel vm) {
        Label title = new Label("Cluster overview");
        title.getStyleClass().add(Styles.TITLE_3);
        Label refreshed = new Label();
        refreshed.textProperty().bind(Bindings.concat("Last refreshed ", vm.lastRefreshedProperty()));
        refreshed.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button refresh = Bind.command(new Button("Refresh", new FontIcon(Material2MZ.REFRESH)), vm.refreshCommand());
        refresh.setId("refreshOverview");
        refresh.getStyleClass().add(Styles.BUTTON_OUTLINED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, refreshed, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static FlowPane tiles(OverviewViewModel vm) {
        FlowPane tiles = new FlowPane(12, 12,
                tile("Cluster ID", vm.clusterIdProperty(), "clusterIdValue"),
                tile("Controller", vm.controllerProperty(), "controllerValue"),
                tile("Brokers", Bindings.size(vm.brokers()).asString(), "brokerCountValue"),
                tile("Topics", vm.topicsProperty().asString(), "topicCountValue"),
                tile("Partitions", vm.partitionsProperty().asString(), "partitionCountValue"),
                healthTile("Under-replicated", vm.underReplicatedProperty(), "underReplicatedValue"),
                healthTile("Offline", vm.offlineProperty(), "offlineValue"),
                tile("Schema registry", vm.registryProperty(), "registryValue"));
        tiles.getStyleClass().add("tiles");
        return tiles;
    }

    private static VBox tile(String caption, ObservableStringValue value, String id) {
        Label name = new Label(caption);
        name.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label text = new Label();
        text.setId(id);
        text.textProperty().bind(value);
        text.getStyleClass().addAll(Styles.TITLE_4, "tile-value");
        VBox tile = new VBox(4, name, text);
        tile.getStyleClass().add("tile");
        return tile;
    }

    /** A count that turns red when it is not zero. */
    private static VBox healthTile(String caption, ReadOnlyIntegerProperty count, String id) {
        VBox tile = tile(caption, count.asString(), id);
        Runnable mark = () -> {
            boolean bad = count.get() > 0;
            tile.getStyleClass().remove("tile-danger");
            tile.getChildren().get(1).getStyleClass().remove(Styles.DANGER);
            if (bad) {
                tile.getStyleClass().add("tile-danger");
                tile.getChildren().get(1).getStyleClass().add(Styles.DANGER);
            }
        };
        count.addListener((obs, o, n) -> mark.run());
        mark.run();
        return tile;
    }

    private static Label brokersTitle() {
        Label title = new Label("Brokers");
        title.getStyleClass().add(Styles.TITLE_4);
        return title;
    }

    private static TableView<BrokerRow> brokers(OverviewViewModel vm) {
        TableView<BrokerRow> table = new TableView<>(vm.brokers());
        table.setId("brokerTable");
        table.getStyleClass().addAll(Styles.BORDERED, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("ID", 80, row -> String.valueOf(row.id())));
        table.getColumns().add(column("Host:port", 260, BrokerRow::address));
        table.getColumns().add(column("Rack", 160, BrokerRow::rack));
        table.getColumns().add(column("Role", 160, row -> row.controller() ? "● controller" : ""));
        table.setPlaceholder(new Label("No brokers reported"));
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private static TableColumn<BrokerRow, String> column(String title, double width,
                                                         java.util.function.Function<BrokerRow, String> value) {
        TableColumn<BrokerRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
