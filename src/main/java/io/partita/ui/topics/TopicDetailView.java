package io.partita.ui.topics;

import atlantafx.base.theme.Styles;
import io.partita.ui.common.Bind;
import io.partita.ui.configs.ConfigsView;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** One topic: a header with its health and actions, then the partitions and configuration tabs. */
final class TopicDetailView extends VBox {

    TopicDetailView(TopicDetailViewModel vm, TopicLinks links) {
        super(8);
        setId("topicDetail");
        getStyleClass().add("detail-pane");
        Label error = Bind.message(vm.errorProperty(), Styles.DANGER, "error-banner");
        error.setId("detailError");
        Label status = Bind.message(vm.statusProperty(), Styles.SUCCESS, Styles.TEXT_SMALL);
        status.setId("detailStatus");
        TabPane tabs = new TabPane(
                new Tab("Partitions", new PartitionsTable(vm)),
                new Tab("Configuration", new ConfigsView(vm.configs())));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("detailTabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(header(vm, links), chips(vm), error, status, tabs);
    }

    private static HBox header(TopicDetailViewModel vm, TopicLinks links) {
        Label title = new Label(vm.topic());
        title.setId("detailTitle");
        title.getStyleClass().addAll(Styles.TITLE_4, "detail-title");
        MenuButton elect = new MenuButton("Elect preferred leaders", new FontIcon(Material2AL.HOW_TO_VOTE));
        elect.setId("electLeaders");
        MenuItem all = Bind.command(new MenuItem("All partitions of the topic"), vm.electAllCommand());
        all.setId("electAll");
        MenuItem selected = Bind.command(new MenuItem("Selected partitions"), vm.electSelectedCommand());
        selected.setId("electSelected");
        elect.getItems().addAll(all, selected);
        elect.disableProperty().bind(vm.electAllCommand().executableProperty().not());
        Button reassign = Bind.command(new Button("Reassign…", new FontIcon(Material2AL.CALL_SPLIT)),
                vm.reassignCommand());
        reassign.setId("reassign");
        Button add = Bind.command(new Button("Add partitions…", new FontIcon(Material2AL.ADD_BOX)),
                vm.addPartitionsCommand());
        add.setId("addPartitions");
        Button deleteRecords = Bind.command(new Button("Delete records…", new FontIcon(Material2AL.CONTENT_CUT)),
                vm.deleteRecordsCommand());
        deleteRecords.setId("deleteRecords");
        deleteRecords.setTooltip(new Tooltip("Delete the records before an offset in the selected partitions"));
        Button empty = Bind.command(new Button("Empty…", new FontIcon(Material2AL.DELETE_SWEEP)), vm.emptyCommand());
        empty.setId("emptyTopic");
        empty.getStyleClass().add(Styles.DANGER);
        Button refresh = Bind.command(new Button(null, new FontIcon(Material2MZ.REFRESH)), vm.refreshCommand());
        refresh.setId("refreshDetail");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setTooltip(new Tooltip("Read the partitions and configs again"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        MenuButton go = new MenuButton("Go to", new FontIcon(Material2AL.ARROW_FORWARD));
        go.setId("topicGoTo");
        MenuItem browse = new MenuItem("Messages of " + vm.topic());
        browse.setId("goMessages");
        browse.setOnAction(e -> links.browse(vm.topic()));
        MenuItem valueSchema = new MenuItem("Value schema (" + vm.topic() + "-value)");
        valueSchema.setId("goValueSchema");
        valueSchema.setOnAction(e -> links.openSubject(vm.topic() + "-value"));
        MenuItem keySchema = new MenuItem("Key schema (" + vm.topic() + "-key)");
        keySchema.setId("goKeySchema");
        keySchema.setOnAction(e -> links.openSubject(vm.topic() + "-key"));
        go.getItems().addAll(browse, valueSchema, keySchema);
        HBox header = new HBox(8, title, spacer, go, elect, reassign, add, deleteRecords, empty, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static HBox chips(TopicDetailViewModel vm) {
        Label partitions = new Label();
        partitions.getStyleClass().add("health-chip");
        partitions.textProperty().bind(Bindings.createStringBinding(() -> vm.partitions().size()
                + (vm.partitions().size() == 1 ? " partition" : " partitions") + " · RF "
                + (vm.partitions().isEmpty() ? "?" : vm.partitions().get(0).replicas().size()), vm.partitions()));
        HBox chips = new HBox(8, partitions,
                chip("chipUnderReplicated", vm.underReplicatedProperty(), "under-replicated", "chip-warning"),
                chip("chipOffline", vm.offlineProperty(), "offline", "chip-danger"),
                chip("chipNotPreferred", vm.notPreferredProperty(), "not on the preferred leader", "chip-warning"));
        chips.setAlignment(Pos.CENTER_LEFT);
        return chips;
    }

    private static Label chip(String id, ReadOnlyIntegerProperty count, String what, String badStyle) {
        Label chip = new Label();
        chip.setId(id);
        chip.getStyleClass().add("health-chip");
        chip.textProperty().bind(Bindings.concat(count, " ", what));
        Runnable mark = () -> {
            chip.getStyleClass().removeAll(badStyle, "chip-ok");
            chip.getStyleClass().add(count.get() > 0 ? badStyle : "chip-ok");
        };
        count.addListener((obs, o, n) -> mark.run());
        mark.run();
        return chip;
    }
}
