package io.partita.ui.messages;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.testfx.util.WaitForAsyncUtils;

/** What the messages table tests share: reading on the FX thread, waiting out the priming, the rows shown. */
final class TableFx {

    private TableFx() {
    }

    /** What {@code read} returns, read on the FX thread. */
    static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** Waits until the table has made its cells ahead ({@link CellPrimer}) and shows {@code rows} again. */
    static void awaitPrimed(TableView<MessageRow> table, ObservableList<MessageRow> rows) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> {
            Node flow = table.lookup(".virtual-flow");
            return table.getItems() == rows && flow != null && flow.getOpacity() == 1;
        }));
    }

    /** The table's visible rows that hold a record (call on the FX thread). */
    static List<TableRow<?>> shownRows(TableView<MessageRow> table) {
        return table.lookupAll(".table-row-cell").stream().<TableRow<?>>map(n -> (TableRow<?>) n)
                .filter(r -> r.isVisible() && !r.isEmpty()).toList();
    }
}
