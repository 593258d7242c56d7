package io.partita.ui.topics;

import io.partita.ui.common.StyleClasses;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Parent;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Table columns shared by the topics, partitions and brokers tables: text, and numbers that sort as numbers. */
public final class Columns {

    private static final String CSS = "/io/partita/ui/topics/topics.css";
    /** Per-cell marks; at most one applies. */
    public static final List<String> CELL_STATES = List.of("cell-warning", "cell-danger", "cell-muted");
    /** Per-row health marks; at most one applies. */
    public static final List<String> ROW_STATES = List.of("row-warning", "row-danger");

    private Columns() {
    }

    /** Adds the topics/brokers stylesheet (row health colours, numeric cells) to a view or dialog. */
    public static void style(Parent parent) {
        String css = Objects.requireNonNull(Columns.class.getResource(CSS), CSS).toExternalForm();
        if (!parent.getStylesheets().contains(css)) {
            parent.getStylesheets().add(css);
        }
    }

    public static <S> TableColumn<S, String> text(String title, double width, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        // The default comparator is a locale Collator: about half of the UI thread's time when sorting 5,000 rows.
        // Names here (topics, hosts, configs) are ASCII, for which plain code-point order is the natural order.
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        return column;
    }

    /**
     * A right-aligned number column; unknown values (null) show as a dash and sort below every number.
     *
     * @param cellClass extra style class for a value (e.g. a warning when a count is above zero), or null
     */
    public static <S> TableColumn<S, Long> number(String title, double width, Function<S, Long> value,
                                                   Function<Long, String> format, Function<Long, String> cellClass) {
        TableColumn<S, Long> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.setCellFactory(c -> {
            TableCell<S, Long> cell = new TableCell<>() {
                @Override
                protected void updateItem(Long item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : format.apply(item));
                    StyleClasses.exclusive(this, CELL_STATES, empty || cellClass == null ? null : cellClass.apply(item));
                }
            };
            cell.getStyleClass().add("numeric");
            return cell;
        });
        return column;
    }
}
