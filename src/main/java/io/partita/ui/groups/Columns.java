package io.partita.ui.groups;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * Table columns for the groups screens: text columns, and number columns that sort numerically, align right and
 * show "—" (styled as absent) instead of a made-up zero.
 */
final class Columns {

    /** Pseudo-classes, not style classes: toggling them on a reused cell restyles it without a full CSS lookup. */
    private static final PseudoClass ABSENT = PseudoClass.getPseudoClass("absent");
    private static final PseudoClass LAGGING = PseudoClass.getPseudoClass("lagging");

    private Columns() {
    }

    private static final class NumberCell<R> extends TableCell<R, Long> {
        private final Long highlightAbove;

        NumberCell(Long highlightAbove) {
            this.highlightAbove = highlightAbove;
            getStyleClass().add("numeric");
        }

        @Override
        protected void updateItem(Long item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : GroupFormats.count(item));
            pseudoClassStateChanged(ABSENT, !empty && item == null);
            pseudoClassStateChanged(LAGGING, !empty && item != null && highlightAbove != null
                    && item > highlightAbove);
        }
    }

    static <R> TableColumn<R, String> text(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(GroupFormats.text(value.apply(c.getValue()))));
        return column;
    }

    /** {@code highlight} marks values worth attention (e.g. any lag) in the danger colour; null = never. */
    static <R> TableColumn<R, Long> number(String title, double width, Function<R, Long> value, Long highlightAbove) {
        TableColumn<R, Long> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.setCellFactory(c -> new NumberCell<>(highlightAbove));
        return column;
    }
}
