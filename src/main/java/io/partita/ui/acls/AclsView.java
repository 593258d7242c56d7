package io.partita.ui.acls;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.partita.model.AclEntry;
import io.partita.ui.common.Bind;
import io.partita.ui.topics.Columns;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The ACLs tab: a filter, the bindings table (several rows can be selected), create and delete. */
public final class AclsView extends VBox {

    private final AclsViewModel vm;

    public AclsView(AclsViewModel vm) {
        super(8);
        this.vm = vm;
        setId("aclsView");
        setPadding(new Insets(12, 16, 8, 16));
        Columns.style(this);
        Label notice = Bind.message(vm.noticeProperty(), Styles.WARNING);
        notice.setId("aclsNotice");
        Label error = Bind.message(vm.errorProperty(), Styles.DANGER, "error-banner");
        error.setId("aclsError");
        TableView<AclEntry> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header(), notice, error, table);
    }

    private HBox header() {
        Label title = new Label("ACLs");
        title.getStyleClass().add(Styles.TITLE_4);
        Label summary = new Label();
        summary.setId("aclsSummary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        TextField filter = new TextField();
        filter.setId("aclFilter");
        filter.setPromptText("Filter: principal, operation, resource…");
        filter.setPrefColumnCount(24);
        filter.textProperty().bindBidirectional(vm.filterProperty());
        Button create = Bind.command(new Button("Create…", new FontIcon(Material2AL.ADD)), vm.createCommand());
        create.setId("createAcl");
        Button delete = Bind.command(new Button("Delete", new FontIcon(Material2AL.DELETE)), vm.deleteCommand());
        delete.setId("deleteAcls");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setTooltip(new Tooltip("Delete the selected bindings"));
        Button refresh = Bind.command(new Button(null, new FontIcon(Material2MZ.REFRESH)), vm.refreshCommand());
        refresh.setId("refreshAcls");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setTooltip(new Tooltip("Read the ACLs again"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, summary, spacer, Bind.busy(vm.busyProperty(), "aclsBusy"), filter, create,
                delete, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private TableView<AclEntry> table() {
        TableView<AclEntry> table = new TableView<>();
        table.setId("aclTable");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, Styles.BORDERED);
        SortedList<AclEntry> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Columns.text("Principal", 180, AclEntry::principal),
                Columns.text("Host", 110, AclEntry::host),
                Columns.text("Permission", 100, e -> e.permission().name()),
                Columns.text("Operation", 140, e -> e.operation().name()),
                Columns.text("Resource type", 130, e -> e.resourceType().name()),
                Columns.text("Resource", 220, AclEntry::resourceName),
                Columns.text("Pattern", 100, e -> e.patternType().name())));
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(vm.noAuthorizerProperty())
                .then("No authorizer: no ACLs").otherwise("No ACL bindings"));
        table.setPlaceholder(placeholder);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<AclEntry>) c ->
                vm.selected().setAll(List.copyOf(table.getSelectionModel().getSelectedItems())));
        return table;
    }
}
