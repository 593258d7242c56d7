package io.partita.ui.groups;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.partita.model.OffsetResetRow;
import io.partita.model.TimeInput;
import io.partita.ui.common.Bind;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The offset reset dialog's content: what to reset, where to, the dry-run table, Execute. */
final class OffsetResetView extends VBox {

    OffsetResetView(OffsetResetViewModel vm, Runnable close) {
        setId("offsetReset");
        getStyleClass().add("reset-dialog");
        Label title = new Label("Reset offsets of " + vm.groupId());
        title.getStyleClass().add(Styles.TITLE_3);
        Label warning = Bind.message(vm.warningProperty(), "warning-banner");
        warning.setId("resetWarning");
        warning.setGraphic(new FontIcon(Material2MZ.WARNING));
        Label summary = new Label();
        summary.setId("planSummary");
        summary.textProperty().bind(vm.planSummaryProperty());
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        Label result = Bind.message(vm.resultProperty(), "ok-banner");
        result.setId("resetResult");
        Label error = Bind.message(vm.errorProperty(), Styles.DANGER, "error-banner");
        error.setId("resetError");
        TableView<OffsetResetRow> plan = planTable(vm);
        VBox.setVgrow(plan, Priority.ALWAYS);
        getChildren().addAll(title, warning, form(vm), scope(vm), buttons(vm, close), summary, plan, result, error);
    }

    private static GridPane form(OffsetResetViewModel vm) {
        ComboBox<ResetMode> mode = new ComboBox<>(FXCollections.observableArrayList(ResetMode.values()));
        mode.setId("resetMode");
        mode.valueProperty().bindBidirectional(vm.modeProperty());
        TextField value = new TextField();
        value.setId("resetValue");
        value.setPrefColumnCount(22);
        value.textProperty().bindBidirectional(vm.valueProperty());
        value.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.modeProperty().get().needsValue(),
                vm.modeProperty()));
        Label hint = new Label();
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.textProperty().bind(Bindings.createStringBinding(() -> hint(vm.modeProperty().get()), vm.modeProperty()));
        Label inputError = Bind.fieldError(vm.inputErrorProperty());
        inputError.setId("resetInputError");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, formLabel("Reset"), mode, value);
        grid.add(hint, 2, 1);
        grid.add(inputError, 2, 2);
        return grid;
    }

    private static String hint(ResetMode mode) {
        return switch (mode) {
            case EARLIEST -> "The first offset still in each partition's log.";
            case LATEST -> "The log end: everything not yet consumed is skipped.";
            case DATETIME -> "The first record at or after: " + TimeInput.FORMS + ".";
            case OFFSET -> "The same offset on every chosen partition, kept inside the log.";
            case SHIFT -> "Move each committed offset by N (negative = back, to re-read).";
        };
    }

    private static Label formLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        return label;
    }

    private static VBox scope(OffsetResetViewModel vm) {
        ToggleGroup group = new ToggleGroup();
        RadioButton all = new RadioButton("Every partition of every topic the group has committed on");
        all.setId("scopeAll");
        all.setToggleGroup(group);
        RadioButton chosen = new RadioButton("Only these topics (partitions: blank = all, or e.g. 0,1,2)");
        chosen.setId("scopeChosen");
        chosen.setToggleGroup(group);
        (vm.allTopicsProperty().get() ? all : chosen).setSelected(true);
        all.selectedProperty().addListener((obs, old, on) -> vm.allTopicsProperty().set(on));
        TableView<TopicChoice> topics = new TableView<>(vm.topics());
        topics.setId("resetTopics");
        topics.setEditable(true);
        topics.setPrefHeight(120);
        topics.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        topics.disableProperty().bind(vm.allTopicsProperty());
        topics.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TopicChoice, Boolean> use = new TableColumn<>("");
        use.setCellValueFactory(c -> c.getValue().selectedProperty());
        use.setCellFactory(CheckBoxTableCell.forTableColumn(use));
        use.setPrefWidth(36);
        TableColumn<TopicChoice, String> name = Columns.text("Topic", 260, TopicChoice::topic);
        topics.getColumns().add(use);
        topics.getColumns().add(name);
        topics.getColumns().add(partitionsColumn());
        return new VBox(6, all, chosen, topics);
    }

    /** A text field per row, bound to the row's partitions while the cell shows that row. */
    private static TableColumn<TopicChoice, TopicChoice> partitionsColumn() {
        TableColumn<TopicChoice, TopicChoice> column = new TableColumn<>("Partitions");
        column.setPrefWidth(180);
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final TextField field = new TextField();
            private StringProperty bound;

            {
                field.setPromptText("all");
            }

            @Override
            protected void updateItem(TopicChoice row, boolean empty) {
                super.updateItem(row, empty);
                if (bound != null) {
                    field.textProperty().unbindBidirectional(bound);
                    bound = null;
                }
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                bound = row.partitionsProperty();
                field.textProperty().bindBidirectional(bound);
                setGraphic(field);
            }
        });
        return column;
    }

    private static HBox buttons(OffsetResetViewModel vm, Runnable close) {
        Button preview = Bind.command(new Button("Dry run", new FontIcon(Material2MZ.PLAYLIST_PLAY)),
                vm.previewCommand());
        preview.setId("resetPreview");
        preview.getStyleClass().add(Styles.ACCENT);
        Button execute = Bind.command(new Button("Execute", new FontIcon(Material2AL.CHECK)), vm.executeCommand());
        execute.setId("resetExecute");
        execute.getStyleClass().add(Styles.DANGER);
        Button closeButton = new Button("Close");
        closeButton.setId("resetClose");
        closeButton.setOnAction(e -> close.run());
        closeButton.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, preview, execute, spacer, closeButton);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static TableView<OffsetResetRow> planTable(OffsetResetViewModel vm) {
        TableView<OffsetResetRow> table = new TableView<>(vm.rows());
        table.setId("planTable");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.getColumns().add(Columns.text("Topic", 140, OffsetResetRow::topic));
        table.getColumns().add(Columns.number("Partition", 88, r -> (long) r.partition(), null));
        table.getColumns().add(Columns.number("Current", 90, OffsetResetRow::currentOffset, null));
        table.getColumns().add(Columns.number("New", 90, OffsetResetRow::newOffset, null));
        table.getColumns().add(Columns.number("Log end", 90, OffsetResetRow::endOffset, null));
        table.getColumns().add(Columns.number("Lag now", 85, OffsetResetRow::currentLag, null));
        table.getColumns().add(Columns.number("Lag after", 95, OffsetResetRow::resultingLag, null));
        table.getColumns().add(Columns.text("Note", 150, OffsetResetRow::note));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Run a dry run to see what would change"));
        table.setPrefHeight(240);
        return table;
    }
}
