package io.partita.ui.messages;

import atlantafx.base.theme.Styles;
import io.partita.ui.common.Bind;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The selected message: value, key, hex, headers, metadata and the diff of two; binds and forwards only. */
final class MessageDetailView extends VBox {

    private final TabPane tabs = new TabPane();
    private final Tab diffTab;

    MessageDetailView(MessageDetailViewModel vm) {
        super(8);
        setId("messageDetail");
        setPadding(new Insets(8, 10, 8, 10));
        Label problem = Bind.message(vm.problemProperty(), Styles.DANGER, "error-banner");
        problem.setId("detailProblem");
        problem.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        diffTab = lazyTab("Diff", () -> new TextPane("diffText", vm.diffTextProperty(), null, JsonHighlighter::diff,
                vm.runner()));
        tabs.getTabs().addAll(
                tab("Value", valuePane(vm)),
                lazyTab("Key", () -> new TextPane("keyText", vm.keyTextProperty(), null, JsonHighlighter::json,
                        vm.runner())),
                lazyTab("Hex", () -> new TextPane("hexText", vm.hexTextProperty(), new javafx.beans.property
                        .SimpleBooleanProperty(false), JsonHighlighter::json, vm.runner())),
                lazyTab("Headers", () -> fieldTable("headersTable", vm.headers(), "Header", "Value")),
                lazyTab("Metadata", () -> fieldTable("metadataTable", vm.metadata(), "Field", "Value")));
        vm.diffingProperty().addListener((obs, old, now) -> {
            if (now && !tabs.getTabs().contains(diffTab)) {
                tabs.getTabs().add(diffTab);
                tabs.getSelectionModel().select(diffTab);
            } else if (!now) {
                tabs.getTabs().remove(diffTab);
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(header(vm), problem, tabs);
    }

    /** The title on its own line (it names partition and offset in full), the actions below it. */
    private static javafx.scene.layout.VBox header(MessageDetailViewModel vm) {
        Label title = new Label();
        title.setId("detailTitle");
        title.textProperty().bind(vm.titleProperty());
        title.getStyleClass().add(Styles.TITLE_4);
        Button replay = Bind.command(new Button("Replay", new FontIcon(Material2MZ.REPLAY)), vm.replayCommand());
        replay.setId("replayButton");
        replay.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.SMALL);
        replay.setTooltip(new javafx.scene.control.Tooltip("Open this record in the Produce tab to send it again"));
        Button schema = Bind.command(new Button("Schema", new FontIcon(Material2AL.ACCOUNT_TREE)),
                vm.openSchemaCommand());
        schema.setId("openSchemaButton");
        schema.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.SMALL);
        schema.setTooltip(new javafx.scene.control.Tooltip("Show the record's schema version in the Schemas tab"));
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(6, 6, replay, schema,
                copy("Key", "copyKey", vm.copyKeyCommand()),
                copy("Value", "copyValue", vm.copyValueCommand()),
                copy("Record", "copyRecord", vm.copyRecordCommand()));
        actions.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node n : actions.getChildren()) {
            ((javafx.scene.control.Control) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        return new javafx.scene.layout.VBox(6, title, actions);
    }

    private static Button copy(String what, String id, io.partita.ui.common.Command command) {
        Button button = Bind.command(new Button(what, new FontIcon(Material2AL.CONTENT_COPY)), command);
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.SMALL);
        button.setTooltip(new javafx.scene.control.Tooltip("Record".equals(what) ? "Copy the whole record as JSON"
                : "Copy the " + what.toLowerCase(java.util.Locale.ROOT) + " as shown, all of it"));
        return button;
    }

    private static VBox valuePane(MessageDetailViewModel vm) {
        TextPane text = new TextPane("valueText", vm.valueTextProperty(), vm.jsonProperty(), JsonHighlighter::json,
                vm.runner());
        Label cut = new Label("Only the beginning of this value is shown.");
        cut.getStyleClass().add(Styles.TEXT_MUTED);
        Button all = Bind.command(new Button("Show all", new FontIcon(Material2MZ.UNFOLD_MORE)), vm.showAllCommand());
        all.setId("showAll");
        all.getStyleClass().add(Styles.SMALL);
        HBox banner = new HBox(8, cut, all);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("warning-banner");
        Bind.shownWhen(banner, vm.truncatedProperty());
        VBox.setVgrow(text, Priority.ALWAYS);
        return new VBox(6, banner, text);
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("detail-" + title.toLowerCase(java.util.Locale.ROOT));
        return tab;
    }

    /**
     * A tab whose content is made the first time it is selected: each text tab is a code area of its own, and making
     * them all with the view was a good part of the cost of opening the Messages tab.
     */
    private static Tab lazyTab(String title, java.util.function.Supplier<javafx.scene.Node> content) {
        Tab tab = tab(title, null);
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }

    private static TableView<MessageDetailViewModel.Field> fieldTable(
            String id, javafx.collections.ObservableList<MessageDetailViewModel.Field> items, String name,
            String value) {
        TableView<MessageDetailViewModel.Field> table = new TableView<>(items);
        table.setId(id);
        TableColumn<MessageDetailViewModel.Field, String> names = new TableColumn<>(name);
        names.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        names.setPrefWidth(170);
        TableColumn<MessageDetailViewModel.Field, String> values = new TableColumn<>(value);
        values.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        values.setPrefWidth(420);
        table.getColumns().add(names);
        table.getColumns().add(values);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("None"));
        table.getStyleClass().add(Styles.DENSE);
        return table;
    }
}
