package io.partita.ui.topics;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.partita.model.TopicSummary;
import io.partita.ui.common.Bind;
import io.partita.ui.common.Quantities;
import io.partita.ui.common.StyleClasses;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The topics tab: filter bar, the sortable topics table and, below it, the selected topic's detail. */
public final class TopicsView extends VBox {

    private final TopicsViewModel vm;
    private final TableView<TopicSummary> table = new TableView<>();
    private final StackPane detailSlot = new StackPane();

    private TopicLinks links = TopicLinks.NONE;

    /** Where the detail's "Go to" menu leads; set before a topic is selected. */
    public void links(TopicLinks target) {
        this.links = target == null ? TopicLinks.NONE : target;
    }

    public TopicsView(TopicsViewModel vm) {
        super(8);
        this.vm = vm;
        setId("topicsView");
        setPadding(new Insets(12, 16, 8, 16));
        Columns.style(this);
        buildTable();
        SplitPane split = new SplitPane(table, detailSlot);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label error = Bind.message(vm.errorProperty(), Styles.DANGER, "error-banner");
        error.setId("topicsError");
        Label status = Bind.message(vm.statusProperty(), Styles.SUCCESS, Styles.TEXT_SMALL);
        status.setId("topicsStatus");
        getChildren().addAll(toolbar(), error, status, split);
        vm.detailProperty().addListener((obs, o, detail) -> showDetail(detail));
        showDetail(vm.detailProperty().get());
    }

    private HBox toolbar() {
        CustomTextField filter = new CustomTextField();
        filter.setId("topicFilter");
        filter.setPromptText("Filter topics (substring, or regex with .*)");
        filter.textProperty().bindBidirectional(vm.filterTextProperty());
        filter.setLeft(new FontIcon(Material2MZ.SEARCH));
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        ToggleButton regex = new ToggleButton(".*");
        regex.setId("regexToggle");
        regex.setTooltip(new Tooltip("Treat the filter as a regular expression"));
        regex.selectedProperty().bindBidirectional(vm.regexProperty());
        ToggleButton internal = new ToggleButton("Internal");
        internal.setId("internalToggle");
        internal.setTooltip(new Tooltip("Also show internal topics such as __consumer_offsets"));
        internal.selectedProperty().bindBidirectional(vm.showInternalProperty());
        Label summary = new Label();
        summary.setId("topicSummary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().addAll(Styles.TEXT_MUTED, "topic-summary");
        Label filterError = Bind.message(vm.filterErrorProperty(), Styles.DANGER, Styles.TEXT_SMALL);
        filterError.setId("filterError");
        ProgressBar spinner = Bind.shownWhen(new ProgressBar(), vm.loadingProperty());
        spinner.progressProperty().bind(vm.loadedFractionProperty());
        spinner.setPrefWidth(90);
        spinner.getStyleClass().add(Styles.SMALL);
        Label progress = Bind.message(vm.progressProperty(), Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        progress.setId("topicsProgress");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button create = Bind.command(button("createTopic", "Create…", Material2AL.ADD, Styles.ACCENT),
                vm.createCommand());
        Button delete = Bind.command(button("deleteTopic", "Delete…", Material2AL.DELETE, Styles.DANGER),
                vm.deleteCommand());
        Button refresh = Bind.command(button("refreshTopics", null, Material2MZ.REFRESH, Styles.BUTTON_ICON),
                vm.refreshCommand());
        refresh.setTooltip(new Tooltip("Load the topics again"));
        HBox bar = new HBox(8, filter, regex, internal, summary, filterError, spacer, spinner, progress, create, delete,
                refresh);
        bar.getStyleClass().add("topics-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button button(String id, String text, org.kordamp.ikonli.Ikon icon, String style) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add(style);
        return b;
    }

    private void buildTable() {
        table.setId("topicTable");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, Styles.BORDERED);
        SortedList<TopicSummary> sorted = new SortedList<>(vm.topics());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TopicSummary, String> name = Columns.text("Name", 420, TopicSummary::name);
        table.getColumns().addAll(List.of(name,
                Columns.number("Partitions", 95, t -> (long) t.partitions(), Quantities::count, null),
                Columns.number("Replication", 100, t -> (long) t.replicationFactor(), Quantities::count, null),
                Columns.number("Under-replicated", 135, t -> (long) t.underReplicated(), Quantities::count,
                        n -> n != null && n > 0 ? "cell-warning" : "cell-muted"),
                Columns.number("Offline", 80, t -> (long) t.offline(), Quantities::count,
                        n -> n != null && n > 0 ? "cell-danger" : "cell-muted"),
                Columns.number("Messages", 130, TopicSummary::messages, Quantities::count, null),
                Columns.number("Size", 110, TopicSummary::sizeBytes, Quantities::bytes, null),
                Columns.number("Groups", 80, t -> lag(t) == null ? null : (long) lag(t).groupCount(),
                        n -> n == null ? "" : Quantities.count(n), null),
                Columns.number("Max lag", 110, t -> lag(t) == null ? null : lag(t).maxLag(),
                        n -> n == null ? "" : Quantities.count(n), n -> n != null && n > 0 ? "cell-warning" : null)));
        vm.groupLagProperty().addListener((obs, old, now) -> table.refresh());
        table.getSortOrder().add(name);
        table.setPlaceholder(new Label("No topics to show"));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(TopicSummary item, boolean empty) {
                super.updateItem(item, empty);
                String state = empty || item == null ? null : item.offline() > 0 ? "row-danger"
                        : item.underReplicated() > 0 ? "row-warning" : null;
                StyleClasses.exclusive(this, Columns.ROW_STATES, state);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                vm.deleteCommand().execute();
            }
        });
        // The view model keeps the selected name; rows are replaced on reload, so selection is restored by name.
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, row) -> {
            if (row != null && !row.name().equals(vm.selectedTopicProperty().get())) {
                vm.selectedTopicProperty().set(row.name());
            }
        });
        sorted.addListener((ListChangeListener<TopicSummary>) c -> reselect());
        vm.selectedTopicProperty().addListener((obs, o, n) -> reselect());
    }

    private io.partita.model.TopicGroupLag lag(TopicSummary topic) {
        return vm.groupLagProperty().get().get(topic.name());
    }

    private void reselect() {
        String wanted = vm.selectedTopicProperty().get();
        TopicSummary current = table.getSelectionModel().getSelectedItem();
        if (wanted == null) {
            table.getSelectionModel().clearSelection();
            return;
        }
        if (current != null && current.name().equals(wanted)) {
            return;
        }
        List<TopicSummary> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).name().equals(wanted)) {
                table.getSelectionModel().clearAndSelect(i);
                return;
            }
        }
    }

    private void showDetail(TopicDetailViewModel detail) {
        if (detail == null) {
            Label hint = new Label("Select a topic to see its partitions and configuration.");
            hint.getStyleClass().add(Styles.TEXT_MUTED);
            detailSlot.getChildren().setAll(hint);
        } else {
            detailSlot.getChildren().setAll(new TopicDetailView(detail, links));
        }
    }
}
