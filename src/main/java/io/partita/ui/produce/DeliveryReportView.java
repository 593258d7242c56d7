package io.partita.ui.produce;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.partita.ui.common.Bind;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Summary counts, progress, the per-record table and the selected failure's explanation. */
final class DeliveryReportView extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    DeliveryReportView(DeliveryReportModel report) {
        super(10);
        getStyleClass().add("delivery-report");
        Label title = new Label("Delivery report");
        title.getStyleClass().add(Styles.TITLE_4);
        Label summary = new Label();
        summary.setId("reportSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(report.summaryProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("sendProgress");
        progress.progressProperty().bind(report.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox counts = new HBox(10,
                count("Delivered", report.deliveredProperty(), "deliveredCount", "count-success"),
                count("Failed", report.failedProperty(), "failedCount", "count-danger"),
                count("Not sent", report.notSentProperty(), "notSentCount", "count-warning"),
                count("Pending", report.pendingProperty(), "pendingCount", "count-muted"));
        CheckBox failuresOnly = new CheckBox("Failures only");
        failuresOnly.setId("failuresOnly");
        failuresOnly.selectedProperty().bindBidirectional(report.failuresOnlyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tableBar = new HBox(8, Bind.message(report.truncationProperty(), Styles.TEXT_MUTED, Styles.TEXT_SMALL),
                spacer, failuresOnly);
        tableBar.setAlignment(Pos.CENTER_LEFT);
        TableView<ResultRow> table = table(report);
        TextArea detail = new TextArea();
        detail.setId("resultDetail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefRowCount(6);
        detail.setPromptText("Select a record to see what happened and what to check.");
        detail.textProperty().bind(Bindings.createStringBinding(() -> describe(table.getSelectionModel()
                .getSelectedItem()), table.getSelectionModel().selectedItemProperty()));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, summary, progress, counts, tableBar, table, detail);
    }

    private static VBox count(String caption, ReadOnlyLongProperty value, String id, String style) {
        Label name = new Label(caption);
        name.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label number = new Label();
        number.setId(id);
        number.textProperty().bind(Bindings.createStringBinding(() -> io.partita.ui.common.Quantities.count(value.get()), value));
        number.getStyleClass().addAll(Styles.TITLE_4, style);
        VBox tile = new VBox(2, name, number);
        tile.getStyleClass().addAll("tile", "count-tile");
        return tile;
    }

    private static TableView<ResultRow> table(DeliveryReportModel report) {
        SortedList<ResultRow> sorted = new SortedList<>(report.rows());
        TableView<ResultRow> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("resultTable");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ResultRow, Long> index = new TableColumn<>("#");
        index.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().index()));
        index.setPrefWidth(60);
        index.setMinWidth(50);
        TableColumn<ResultRow, String> status = text("Result", 82, ResultRow::status);
        status.setCellFactory(c -> new StatusCell());
        table.getColumns().add(index);
        table.getColumns().add(status);
        table.getColumns().add(text("Partition", 78, r -> r.partition() == null ? "" : r.partition().toString()));
        table.getColumns().add(text("Offset", 70, r -> r.offset() == null ? "" : r.offset().toString()));
        table.getColumns().add(text("Time", 105, r -> r.timestamp() == null ? "" : CLOCK.format(r.timestamp())));
        TableColumn<ResultRow, String> error = text("Error", 200, r -> r.exception().isEmpty() ? "" : r.exception()
                + ": " + r.message());
        error.setMinWidth(120);
        table.getColumns().add(error);
        table.getSortOrder().add(index);
        Label empty = new Label("Results appear here as the broker answers.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        return table;
    }

    private static TableColumn<ResultRow, String> text(String title, double width, Function<ResultRow, String> value) {
        TableColumn<ResultRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        column.setComparator(Comparator.naturalOrder());
        return column;
    }

    private static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    private static String describe(ResultRow r) {
        if (r == null) {
            return "";
        }
        if (r.delivered()) {
            return "Record " + r.index() + " was acknowledged: partition " + r.partition()
                    + (r.offset() == null ? " (acks=0: no offset is known)" : ", offset " + r.offset())
                    + (r.timestamp() == null ? "" : ", timestamp " + time(r.timestamp())) + ".";
        }
        return "Record " + r.index() + " " + (ResultRow.FAILED.equals(r.status()) ? "failed" : "was not sent") + ": "
                + r.exception() + "\n" + r.message() + "\n\nWhat to check: " + r.explanation();
    }

    /** "delivered" in green, failures in red, not sent in amber. */
    private static final class StatusCell extends TableCell<ResultRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
            setText(empty || item == null ? null : item);
            if (!empty && item != null) {
                getStyleClass().add(switch (item) {
                    case ResultRow.DELIVERED -> Styles.SUCCESS;
                    case ResultRow.FAILED -> Styles.DANGER;
                    default -> Styles.WARNING;
                });
            }
        }
    }
}
