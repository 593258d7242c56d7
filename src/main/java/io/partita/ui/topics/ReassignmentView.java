package io.partita.ui.topics;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.partita.model.ReassignmentProgress;
import io.partita.ui.common.Bind;
import java.io.File;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The reassignment dialog's content: target table, even-plan generator, JSON plan, throttle and progress. */
final class ReassignmentView extends VBox {

    private final ReassignmentViewModel vm;

    ReassignmentView(ReassignmentViewModel vm, Runnable close) {
        super(10);
        this.vm = vm;
        setId("reassignmentView");
        setPadding(new Insets(14));
        Columns.style(this);
        Label title = new Label("Reassign the partitions of " + vm.topic());
        title.getStyleClass().add(Styles.TITLE_4);
        Label error = Bind.message(vm.errorProperty(), Styles.DANGER, "error-banner");
        error.setId("reassignError");
        Label status = Bind.message(vm.statusProperty(), Styles.ACCENT);
        status.setId("reassignStatus");
        HBox middle = new HBox(14, targets(), brokers());
        VBox.setVgrow(middle, Priority.ALWAYS);
        getChildren().addAll(title, error, middle, json(), progress(), status, buttons(close));
    }

    private VBox targets() {
        TableView<MoveRow> table = new TableView<>(vm.rows());
        table.setId("moveTable");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, Styles.BORDERED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Columns.text("Partition", 80, r -> String.valueOf(r.partition())),
                Columns.text("Replicas now", 130, r -> MoveRow.format(r.current())),
                targetColumn()));
        table.setPrefHeight(240);
        Label summary = new Label();
        summary.setId("planSummary");
        summary.textProperty().bind(vm.planSummaryProperty());
        summary.getStyleClass().add(Styles.TEXT_SMALL);
        Label hint = new Label("The first broker of a list is the preferred leader.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(6, table, summary, hint);
        HBox.setHgrow(box, Priority.ALWAYS);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    /** A text field per row, bound to the row's target; red when the list is not valid. */
    private static TableColumn<MoveRow, MoveRow> targetColumn() {
        TableColumn<MoveRow, MoveRow> column = new TableColumn<>("Target replicas");
        column.setPrefWidth(260);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final TextField field = new TextField();
            private final Label problem = new Label();
            private final HBox box = new HBox(8, field, problem);
            private MoveRow bound;

            {
                field.getStyleClass().addAll(Styles.SMALL, "target-field");
                field.setPrefWidth(140);
                problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(MoveRow row, boolean empty) {
                super.updateItem(row, empty);
                if (bound != null) {
                    field.textProperty().unbindBidirectional(bound.targetProperty());
                    problem.textProperty().unbind();
                    bound = null;
                }
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                bound = row;
                field.textProperty().bindBidirectional(row.targetProperty());
                problem.textProperty().bind(row.problemProperty());
                setGraphic(box);
            }
        });
        return column;
    }

    private VBox brokers() {
        Label caption = new Label("Even plan over these brokers");
        caption.getStyleClass().add("form-caption");
        VBox choices = new VBox(4);
        choices.setId("brokerChoices");
        Runnable rebuild = () -> choices.getChildren().setAll(vm.brokers().stream().map(b -> {
            CheckBox box = new CheckBox(b.label());
            box.selectedProperty().bindBidirectional(b.chosenProperty());
            return box;
        }).toList());
        vm.brokers().addListener((javafx.collections.ListChangeListener<BrokerChoice>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    rebuild.run();
                }
            }
        });
        rebuild.run();
        Button generate = Bind.command(new Button("Generate even plan", new FontIcon(Material2AL.AUTORENEW)),
                vm.generateCommand());
        generate.setId("generatePlan");
        Button keep = Bind.command(new Button("Keep current", new FontIcon(Material2MZ.UNDO)),
                vm.keepCurrentCommand());
        keep.setId("keepCurrent");
        Label throttleCaption = new Label("Replication throttle");
        throttleCaption.getStyleClass().add("form-caption");
        TextField throttle = new TextField();
        throttle.setId("throttleField");
        throttle.setPromptText("MB/s, empty = none");
        throttle.textProperty().bindBidirectional(vm.throttleMbProperty());
        Label throttleHint = new Label("Limits the copy traffic per broker; removed when the move is done.");
        throttleHint.setWrapText(true);
        throttleHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(8, caption, choices, new HBox(6, generate, keep), throttleCaption, throttle, throttleHint);
        box.setPrefWidth(330);
        box.setMinWidth(300);
        return box;
    }

    private VBox json() {
        Label caption = new Label("Plan as kafka-reassign-partitions JSON (only the partitions that move)");
        caption.getStyleClass().add("form-caption");
        TextArea area = new TextArea();
        area.setId("planJson");
        area.getStyleClass().add("plan-json");
        area.textProperty().bindBidirectional(vm.jsonProperty());
        area.setPrefRowCount(7);
        Button apply = Bind.command(new Button("Apply JSON to the table", new FontIcon(Material2MZ.PLAYLIST_ADD_CHECK)),
                vm.applyJsonCommand());
        apply.setId("applyJson");
        Button open = new Button("Open file…", new FontIcon(Material2MZ.OPEN_IN_BROWSER));
        open.setId("openPlan");
        open.setOnAction(e -> {
            File file = chooser().showOpenDialog(getScene().getWindow());
            if (file != null) {
                vm.loadJsonFile(file.toPath());
            }
        });
        Button save = new Button("Save file…", new FontIcon(Material2MZ.SAVE));
        save.setId("savePlan");
        save.setOnAction(e -> {
            File file = chooser().showSaveDialog(getScene().getWindow());
            if (file != null) {
                vm.saveJsonFile(file.toPath());
            }
        });
        HBox actions = new HBox(8, apply, open, save);
        return new VBox(6, caption, area, actions);
    }

    private static FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Reassignment plan");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        return chooser;
    }

    private VBox progress() {
        TableView<ReassignmentProgress> table = new TableView<>(vm.progress());
        table.setId("progressTable");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Columns.text("Moving partition", 130, p -> String.valueOf(p.partition())),
                Columns.text("Replicas", 150, p -> MoveRow.format(p.replicas())),
                Columns.text("Adding", 120, p -> MoveRow.format(p.adding())),
                Columns.text("Removing", 120, p -> MoveRow.format(p.removing()))));
        table.setPrefHeight(130);
        table.setPlaceholder(new Label("Nothing is moving"));
        VBox box = new VBox(4, table);
        return Bind.shownWhen(box, vm.movingProperty());
    }

    private HBox buttons(Runnable close) {
        Button execute = Bind.command(new Button("Execute", new FontIcon(Material2MZ.PLAY_ARROW)),
                vm.executeCommand());
        execute.setId("executeReassignment");
        execute.getStyleClass().add(Styles.ACCENT);
        Button cancel = Bind.command(new Button("Cancel reassignment", new FontIcon(Material2MZ.STOP)),
                vm.cancelCommand());
        cancel.setId("cancelReassignment");
        cancel.getStyleClass().add(Styles.DANGER);
        Button clear = Bind.command(new Button("Clear throttle", new FontIcon(Material2MZ.SPEED)),
                vm.clearThrottleCommand());
        clear.setId("clearThrottle");
        Button done = new Button("Close");
        done.setId("closeReassignment");
        done.setCancelButton(true);
        done.setOnAction(e -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, execute, cancel, clear, spacer, done);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
