package io.partita.ui.topics;

import java.util.Comparator;
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
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("cell-warning", "cell-danger", "cell-muted");
                if (!getStyleClass().contains("numeric")) {
                    getStyleClass().add("numeric");
                }
                setText(empty ? null : format.apply(item));
                String extra = empty || cellClass == null ? null : cellClass.apply(item);
                if (extra != null) {
                    getStyleClass().add(extra);
                }
            }
        });
        return column;
    }
}
