package io.partita.ui.schemas;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.partita.ui.common.Bind;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The schemas tab: subjects on the left (search, global level), the selected subject on the right. */
public final class SchemasView extends SplitPane {

    private static final String CSS = "/io/partita/ui/schemas/schemas.css";

    private final SchemasViewModel vm;
    private final StackPane detailSlot = new StackPane();

    public SchemasView(SchemasViewModel vm) {
        this.vm = vm;
        setId("schemas");
        getStylesheets().add(Objects.requireNonNull(SchemasView.class.getResource(CSS), CSS).toExternalForm());
        VBox subjects = subjectsPane();
        getItems().addAll(subjects, detailSlot);
        setDividerPositions(0.41);
        SplitPane.setResizableWithParent(subjects, false);
        vm.detailProperty().addListener((obs, old, detail) -> showDetail(detail));
        showDetail(vm.detailProperty().get());
    }

    /** For tests and tours that drive the tab through its view model. */
    SchemasViewModel viewModel() {
        return vm;
    }

    private VBox subjectsPane() {
        Label title = new Label("Subjects");
        title.getStyleClass().add(Styles.TITLE_4);
        Label count = new Label();
        count.setId("subjectCount");
        count.textProperty().bind(vm.summaryProperty());
        count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox header = new HBox(10, title, spacer(), count);
        header.setAlignment(Pos.BASELINE_LEFT);
        Label error = Bind.message(vm.errorProperty(), Styles.DANGER, "error-banner");
        error.setId("schemasError");
        TableView<SubjectRow> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox pane = new VBox(10, header, toolbar(), globalLevel(), error, table);
        pane.setPadding(new Insets(14));
        pane.setMinWidth(360);
        return pane;
    }

    private HBox toolbar() {
        TextField search = new TextField();
        search.setId("subjectSearch");
        search.setPromptText("Search subjects");
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        ToggleButton deleted = new ToggleButton(null, new FontIcon(Material2AL.DELETE_OUTLINE));
        deleted.setId("showDeleted");
        deleted.selectedProperty().bindBidirectional(vm.showDeletedProperty());
        deleted.setTooltip(new javafx.scene.control.Tooltip("Show soft-deleted subjects"));
        Button refresh = Bind.command(new Button(null, new FontIcon(Material2MZ.REFRESH)), vm.refreshCommand());
        refresh.setId("refreshSubjects");
        refresh.setTooltip(new javafx.scene.control.Tooltip("Read the subjects again"));
        Button add = Bind.command(new Button("New", new FontIcon(Material2AL.ADD)), vm.newSubjectCommand());
        add.setId("newSubject");
        add.getStyleClass().add(Styles.ACCENT);
        HBox bar = new HBox(6, search, deleted, Bind.busy(vm.refreshCommand().runningProperty()
                .or(vm.loadingDetailsProperty()), "schemasBusy"), refresh, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox globalLevel() {
        Label caption = fixed(new Label("Global compatibility"));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        ComboBox<String> levels = new ComboBox<>(FXCollections.observableArrayList(vm.levels()));
        levels.setId("globalLevel");
        levels.valueProperty().bindBidirectional(vm.globalLevelChoiceProperty());
        levels.disableProperty().bind(vm.canMutateProperty().not());
        Button set = fixed(Bind.command(new Button("Set"), vm.setGlobalLevelCommand()));
        set.setId("setGlobalLevel");
        set.getStyleClass().add(Styles.BUTTON_OUTLINED);
        HBox row = new HBox(8, caption, spacer(), levels, set);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private TableView<SubjectRow> table() {
        TableView<SubjectRow> table = new TableView<>(vm.visibleSubjects());
        table.setId("subjectTable");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(subjectColumn());
        table.getColumns().add(column("Ver", 52, SubjectRow::versionText));
        table.getColumns().add(column("Type", 84, SubjectRow::typeText));
        table.getColumns().add(column("Compatibility", 122, SubjectRow::compatibilityText));
        table.setPlaceholder(placeholderFor(table));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                vm.selectedProperty().set(row);
            }
        });
        vm.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            } else if (row == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        return table;
    }

    private Label placeholderFor(TableView<SubjectRow> table) {
        Label label = new Label();
        label.textProperty().bind(Bindings.createStringBinding(() -> vm.refreshCommand().isRunning()
                ? "Reading the registry…" : vm.subjects().isEmpty() ? "No subjects in this registry yet"
                : "No subject matches the search", vm.refreshCommand().runningProperty(), vm.subjects()));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    /** The subject name, and under it the topic it belongs to by name (muted when no such topic exists). */
    private static TableColumn<SubjectRow, SubjectRow> subjectColumn() {
        TableColumn<SubjectRow, SubjectRow> column = new TableColumn<>("Subject · topic");
        column.setPrefWidth(250);
        column.setCellValueFactory(cell -> new javafx.beans.property.SimpleObjectProperty<>(cell.getValue()));
        column.setCellFactory(c -> new SubjectCell());
        return column;
    }

    private static final class SubjectCell extends TableCell<SubjectRow, SubjectRow> {
        private final Label name = new Label();
        private final Label topic = new Label();
        private final VBox box = new VBox(1, name, topic);

        SubjectCell() {
            topic.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        }

        @Override
        protected void updateItem(SubjectRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            name.setText(row.subject() + (row.deleted() ? "  (deleted)" : ""));
            name.getStyleClass().remove("deleted-subject");
            if (row.deleted()) {
                name.getStyleClass().add("deleted-subject");
            }
            topic.setText(row.topicText().isEmpty() ? "no topic by name" : "topic " + row.topicText());
            topic.getStyleClass().remove("missing-topic");
            if (!Boolean.TRUE.equals(row.topicExists())) {
                topic.getStyleClass().add("missing-topic");
            }
            topic.setVisible(true);
            setGraphic(box);
        }
    }

    private static TableColumn<SubjectRow, String> column(String title, double width, Function<SubjectRow, String> value) {
        TableColumn<SubjectRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return column;
    }

    private void showDetail(SubjectViewModel detail) {
        Node content = detail == null ? placeholder() : new SubjectView(detail);
        detailSlot.getChildren().setAll(content);
    }

    private static Node placeholder() {
        FontIcon icon = new FontIcon(Material2AL.ACCOUNT_TREE);
        icon.getStyleClass().add("placeholder-icon");
        Label title = new Label("Select a subject");
        title.getStyleClass().add(Styles.TITLE_4);
        Label text = new Label("Its versions, compatibility level, a diff of any two versions and a register "
                + "editor open here.");
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.setWrapText(true);
        text.setMaxWidth(420);
        VBox box = new VBox(10, icon, title, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("placeholder");
        return box;
    }

    /** Never narrower than its text: buttons and captions must not turn into "…". */
    static <R extends Region> R fixed(R region) {
        region.setMinWidth(Region.USE_PREF_SIZE);
        return region;
    }

    static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
