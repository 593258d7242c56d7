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
        SelectionFollow selection = SelectionFollow.watch(rows);
        TableView<MessageRow> table = new TableView<>(rows) {
            @Override
            protected Skin<?> createDefaultSkin() {
                return new MessageTableSkin(this);
            }
        };
        selection.attach(table);
        table.setId("messagesTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "messages-table");
        table.setPlaceholder(new Label("No records read yet."));
        table.setFixedCellSize(26);
        table.getColumns().add(column("Partition", 92, r -> r.partition(), true));
        table.getColumns().add(column("Offset", 90, r -> r.offset(), true));
        TableColumn<MessageRow, Object> time = column("Timestamp", 210, r -> r.localTime(zone), false);
        time.setCellFactory(c -> tooltipCell(MessageRow::utcTime, false));
        table.getColumns().add(time);
        TableColumn<MessageRow, Object> key = column("Key", 130, MessageRow::keyPreview, false);
        key.setCellFactory(c -> tooltipCell(r -> null, true));
        table.getColumns().add(key);
        TableColumn<MessageRow, Object> value = column("Value", 420, MessageRow::valuePreview, false);
        value.setCellFactory(c -> tooltipCell(r -> r.failed() ? r.failure() : null, true));
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
     *
     * @param cut whether the text is cut to what the column could show ({@link FittingText}), again when the column
     *            is resized or the font changes: for previews of hundreds of characters
     */
    private static TableCell<MessageRow, Object> tooltipCell(Function<MessageRow, String> tip, boolean cut) {
        return new TableCell<>() {
            private Tooltip tooltip;

            {
                setOnMouseEntered(e -> showTip());
                if (cut) {
                    javafx.beans.InvalidationListener refit = o -> showText(getItem(), isEmpty());
                    fontProperty().addListener(refit);
                    tableColumnProperty().addListener((o, was, column) -> {
                        if (was != null) {
                            was.widthProperty().removeListener(refit);
                        }
                        if (column != null) {
                            column.widthProperty().addListener(refit);
                        }
                    });
                }
            }

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                showText(item, empty);
                if (tooltip != null) {
                    showTip();
                }
            }

            private void showText(Object item, boolean empty) {
                String text = empty || item == null ? null : item.toString();
                if (cut && text != null && getTableColumn() != null) {
                    text = FittingText.cut(text, getTableColumn().getWidth(), getFont());
                }
                setText(text);
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
