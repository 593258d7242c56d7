package io.partita.ui.messages;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Skin;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The messages table. Columns are not sortable: rows arrive in read order at up to a million a second, and a
 * sorted view would re-sort on every batch. Rows whose key or value failed to decode are tinted.
 */
final class MessageTable {

    private MessageTable() {
    }

    static TableView<MessageRow> create(ObservableList<MessageRow> rows, ZoneId zone) {
        TableView<MessageRow> table = new TableView<>(rows) {
            @Override
            protected Skin<?> createDefaultSkin() {
                return new MessageTableSkin(this);
            }
        };
        table.setId("messagesTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "messages-table");
        table.setPlaceholder(new Label("No records read yet."));
        table.setFixedCellSize(26);
        table.getColumns().add(column("Partition", 92, r -> r.partition(), true));
        table.getColumns().add(column("Offset", 90, r -> r.offset(), true));
        TableColumn<MessageRow, Object> time = column("Timestamp", 210, r -> r.localTime(zone), false);
        time.setCellFactory(c -> tooltipCell(MessageRow::utcTime));
        table.getColumns().add(time);
        TableColumn<MessageRow, Object> key = column("Key", 130, MessageRow::keyPreview, false);
        table.getColumns().add(key);
        TableColumn<MessageRow, Object> value = column("Value", 420, MessageRow::valuePreview, false);
        value.setCellFactory(c -> tooltipCell(r -> r.failed() ? r.failure() : null));
        table.getColumns().add(value);
        table.getColumns().add(column("Headers", 70, MessageRow::headerCount, true));
        table.getColumns().add(column("Size", 70, MessageRow::size, true));
        table.getColumns().add(column("Schema", 170, MessageRow::schemaText, false));
        table.setRowFactory(t -> new MessageTableSkin.Row());
        CellPrimer.install(table, rows);
        return table;
    }

    private static TableColumn<MessageRow, Object> column(String title, double width,
                                                          Function<MessageRow, Object> value, boolean numeric) {
        TableColumn<MessageRow, Object> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        if (numeric) {
            column.getStyleClass().add("numeric");
        }
        return column;
    }

    /**
     * A cell with a tooltip whose text follows the row. The tooltip is made when the pointer first enters the cell,
     * not with the cell: a Tooltip is a popup window with its own scene, and making one per cell made the table's
     * first rows (tens of cells at once) stall the UI thread. Once made it is only re-texted.
     */
    private static TableCell<MessageRow, Object> tooltipCell(Function<MessageRow, String> tip) {
        return new TableCell<>() {
            private Tooltip tooltip;

            {
                setOnMouseEntered(e -> showTip());
            }

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.toString());
                if (tooltip != null) {
                    showTip();
                }
            }

            private void showTip() {
                MessageRow row = isEmpty() || getTableRow() == null ? null : getTableRow().getItem();
                String text = row == null ? null : tip.apply(row);
                if (text == null) {
                    if (getTooltip() != null) {
                        setTooltip(null);
                    }
                    return;
                }
                if (tooltip == null) {
                    tooltip = new Tooltip();
                }
                tooltip.setText(text);
                if (getTooltip() == null) {
                    setTooltip(tooltip);
                }
            }
        };
    }
}
