package io.partita.ui.groups;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.partita.model.GroupSummary;
import io.partita.ui.common.Bind;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The groups list with its filters on the left, the selected group's detail on the right. */
final class GroupListPane extends VBox {

    GroupListPane(GroupsViewModel vm) {
        setId("groupList");
        Label error = Bind.message(vm.errorProperty(), Styles.DANGER, "error-banner");
        error.setId("groupsError");
        VBox.setMargin(error, new javafx.geometry.Insets(0, 12, 8, 12));
        SplitPane split = new SplitPane(table(vm), new GroupDetailPane(vm.detail()));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(toolbar(vm), error, split);
    }

    private static HBox toolbar(GroupsViewModel vm) {
        TextField filter = new TextField();
        filter.setId("groupFilter");
        filter.setPromptText("Filter by group or topic");
        filter.setPrefColumnCount(22);
        filter.textProperty().bindBidirectional(vm.filterProperty());
        ComboBox<String> states = new ComboBox<>(vm.states());
        states.setId("stateFilter");
        states.valueProperty().bindBidirectional(vm.stateFilterProperty());
        CheckBox lagOnly = new CheckBox("With lag only");
        lagOnly.setId("lagOnly");
        lagOnly.selectedProperty().bindBidirectional(vm.lagOnlyProperty());
        Label status = new Label();
        status.setId("groupsStatus");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        ProgressIndicator loading = Bind.shownWhen(new ProgressIndicator(), vm.loadingProperty());
        loading.setPrefSize(18, 18);
        Button refresh = Bind.command(new Button("Refresh", new FontIcon(Material2MZ.REFRESH)), vm.refreshCommand());
        refresh.setId("refreshGroups");
        refresh.getStyleClass().add(Styles.BUTTON_OUTLINED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(filter, states, lagOnly, spacer, loading, status, refresh);
        bar.getStyleClass().add("groups-toolbar");
        return bar;
    }

    private static TableView<GroupSummary> table(GroupsViewModel vm) {
        SortedList<GroupSummary> sorted = new SortedList<>(vm.filteredGroups());
        TableView<GroupSummary> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("groupTable");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        table.getColumns().add(Columns.text("Group", 190, GroupSummary::groupId));
        table.getColumns().add(Columns.number("Total lag", 90, GroupSummary::totalLag, 0L));
        table.getColumns().add(Columns.text("State", 80, GroupSummary::state));
        table.getColumns().add(Columns.number("Members", 88, g -> g.members() == null ? null
                : (long) g.members(), null));
        table.getColumns().add(Columns.text("Type", 72, g -> g.type().label()));
        table.getColumns().add(Columns.text("Assignor", 85, GroupSummary::assignor));
        table.getColumns().add(Columns.text("Coordinator", 118, g -> g.coordinator() == null ? null
                : String.valueOf(g.coordinator().id())));
        table.getColumns().add(Columns.text("Topics", 170, g -> GroupFormats.topics(g.topics())));
        table.setPlaceholder(new Label("No consumer groups"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                vm.selectedProperty().set(row);
            }
        });
        vm.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        return table;
    }
}
