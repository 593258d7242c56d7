package io.partita.ui.messages;

import static io.partita.ui.messages.TableFx.fx;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.FormatChoice;
import io.partita.ui.common.Styling;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A capped browse's delivery (oldest rows out, new rows in at the end) in the real table on headless Monocle: the
 * visible cells show the new rows without being emptied and restyled first.
 */
@ExtendWith(ApplicationExtension.class)
class MessageTableDeliveryFxTest {

    private final RowList rows = new RowList();
    private TableView<MessageRow> table;

    @Start
    void start(Stage stage) {
        table = MessageTable.create(rows, ZoneOffset.UTC);
        Scene scene = new Scene(new StackPane(table), 1000, 600);
        Styling.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static List<MessageRow> made(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> new MessageRow(Messages.json(0, i, Map.of("n", i)),
                FormatChoice.AUTO, FormatChoice.AUTO)).toList();
    }

    private List<TableRow<?>> shownRows() throws Exception {
        return fx(() -> TableFx.shownRows(table));
    }

    @Test
    void aCappedDeliveryReTextsTheShownCellsWithoutEmptyingThem(FxRobot robot) throws Exception {
        TableFx.awaitPrimed(table, rows);
        robot.interact(() -> rows.append(made(0, 200)));
        WaitForAsyncUtils.waitForFxEvents();
        List<TableRow<?>> before = shownRows();
        assertThat(before).hasSizeGreaterThan(10);

        AtomicInteger emptied = new AtomicInteger();
        PseudoClass empty = PseudoClass.getPseudoClass("empty");
        robot.interact(() -> table.lookupAll(".table-cell").forEach(cell -> cell.getPseudoClassStates()
                .addListener((SetChangeListener<PseudoClass>) c -> {
                    if (c.wasAdded() && c.getElementAdded() == empty) {
                        emptied.incrementAndGet();
                    }
                })));
        robot.interact(() -> rows.dropAndAppend(50, made(200, 250)));
        WaitForAsyncUtils.waitForFxEvents();

        List<TableRow<?>> after = shownRows();
        assertThat(after).hasSameSizeAs(before);
        assertThat(fx(() -> after.stream().mapToLong(r -> ((MessageRow) r.getItem()).offset()).min().orElse(-1)))
                .isEqualTo(50L);
        String firstOffsetText = fx(() -> after.stream().filter(r -> r.getIndex() == 0).findFirst().orElseThrow()
                .getChildrenUnmodifiable().stream().filter(n -> n instanceof TableCell<?, ?>)
                .map(n -> (TableCell<?, ?>) n).filter(c -> "Offset".equals(c.getTableColumn().getText()))
                .findFirst().orElseThrow().getText());
        assertThat(firstOffsetText).isEqualTo("50");
        assertThat(emptied.get()).as("cells emptied and refilled by the delivery").isZero();
    }
}
