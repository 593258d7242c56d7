package io.partita.ui.groups;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.partita.model.GroupMember;
import io.partita.model.PartitionLag;
import io.partita.ui.common.Bind;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The selected group: facts, actions, per-partition lag and members. */
final class GroupDetailPane extends StackPane {

    GroupDetailPane(GroupDetailViewModel vm) {
        setId("groupDetail");
        VBox content = new VBox(header(vm), actions(vm), errorLabel(vm), tabs(vm));
        content.getStyleClass().add("group-detail");
        content.visibleProperty().bind(vm.groupIdProperty().isNotNull());
        Label empty = new Label("Select a group to see its partitions, lag and members");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.visibleProperty().bind(vm.groupIdProperty().isNull());
        getChildren().addAll(empty, content);
    }

    private static HBox header(GroupDetailViewModel vm) {
        Label title = new Label();
        title.setId("detailTitle");
        title.getStyleClass().add("group-title");
        title.textProperty().bind(vm.groupIdProperty());
        Label summary = new Label();
        summary.setId("detailSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        ProgressIndicator loading = Bind.shownWhen(new ProgressIndicator(), vm.loadingProperty());
        loading.setPrefSize(16, 16);
        VBox names = new VBox(2, new HBox(8, title, loading), summary);
        HBox.setHgrow(names, Priority.ALWAYS);
        Label lagCaption = new Label("Total lag");
        lagCaption.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label lag = new Label();
        lag.setId("detailTotalLag");
        lag.getStyleClass().add("lag-value");
        lag.textProperty().bind(vm.totalLagProperty());
        VBox tile = new VBox(0, lagCaption, lag);
        tile.getStyleClass().add("lag-tile");
        tile.setAlignment(Pos.CENTER_RIGHT);
        tile.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(12, names, tile);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static FlowPane actions(GroupDetailViewModel vm) {
        Button chart = button("Chart lag", Material2MZ.SHOW_CHART, vm.chartCommand(), "chartGroup");
        chart.getStyleClass().add(Styles.ACCENT);
        Button reset = button("Reset offsets…", Material2MZ.RESTORE, vm.resetCommand(), "resetOffsets");
        Button deleteOffsets = button("Delete offsets…", Material2AL.CLEAR_ALL, vm.deleteOffsetsCommand(),
                "deleteOffsets");
        Button delete = button("Delete group", Material2AL.DELETE_OUTLINE, vm.deleteCommand(), "deleteGroup");
        delete.getStyleClass().add(Styles.DANGER);
        Button refresh = button("", Material2MZ.REFRESH, vm.refreshCommand(), "refreshGroup");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        FlowPane actions = new FlowPane(8, 8, chart, reset, deleteOffsets, delete, refresh);
        actions.setAlignment(Pos.CENTER_LEFT);
        return actions;
    }

    private static Button button(String text, org.kordamp.ikonli.Ikon icon, io.partita.ui.common.Command command,
                                 String id) {
        Button button = Bind.command(new Button(text, new FontIcon(icon)), command);
        button.setId(id);
        if (!text.isEmpty()) {
            button.getStyleClass().add(Styles.BUTTON_OUTLINED);
        }
        return button;
    }

    private static Label errorLabel(GroupDetailViewModel vm) {
        Label error = Bind.message(vm.errorProperty(), Styles.DANGER, "error-banner");
        error.setId("detailError");
        return error;
    }

    private static TabPane tabs(GroupDetailViewModel vm) {
        Tab partitions = new Tab("Partitions", partitionTable(vm));
        partitions.textProperty().bind(Bindings.concat("Partitions (", Bindings.size(vm.partitions()), ")"));
        Tab members = new Tab("Members", memberTable(vm));
        members.textProperty().bind(Bindings.concat("Members (", Bindings.size(vm.members()), ")"));
        TabPane tabs = new TabPane(partitions, members);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return tabs;
    }

    private static TableView<PartitionLag> partitionTable(GroupDetailViewModel vm) {
        TableView<PartitionLag> table = new TableView<>(vm.partitions());
        table.setId("partitionTable");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        table.getColumns().add(Columns.text("Topic", 140, PartitionLag::topic));
        table.getColumns().add(Columns.number("Partition", 88, p -> (long) p.partition(), null));
        table.getColumns().add(Columns.number("Committed", 108, PartitionLag::committedOffset, null));
        table.getColumns().add(Columns.number("Log end", 95, PartitionLag::endOffset, null));
        table.getColumns().add(Columns.number("Lag", 80, PartitionLag::lag, 0L));
        table.getColumns().add(Columns.text("Client id", 120, PartitionLag::clientId));
        table.getColumns().add(Columns.text("Host", 110, PartitionLag::host));
        table.getColumns().add(Columns.text("Member", 200, PartitionLag::memberId));
        table.setPlaceholder(new Label("No partitions: the group has no offsets and no assignment"));
        return table;
    }

    private static TableView<GroupMember> memberTable(GroupDetailViewModel vm) {
        TableView<GroupMember> table = new TableView<>(vm.members());
        table.setId("memberTable");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        table.getColumns().add(Columns.text("Client id", 130, GroupMember::clientId));
        table.getColumns().add(Columns.text("Host", 120, GroupMember::host));
        table.getColumns().add(Columns.text("Assigned partitions", 240, m -> m.assignment().isEmpty() ? null
                : m.assignment().toString().replaceAll("[\\[\\]]", "")));
        table.getColumns().add(Columns.text("Instance", 100, GroupMember::groupInstanceId));
        table.getColumns().add(Columns.text("Member id", 260, GroupMember::memberId));
        table.setPlaceholder(new Label("No active members: the group is empty"));
        return table;
    }
}
