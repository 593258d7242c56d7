package io.partita.ui.messages;

import static io.partita.ui.messages.TableFx.fx;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.FormatChoice;
import io.partita.ui.common.Styling;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
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
 * The messages table's flow leaves out the CSS pass of a re-texted row whose style did not change. Checked right
 * after the layout that moved records between rows (before any later CSS pass could mend it): every shown row looks
 * as a full CSS pass would style it, whether its record failed or not, after deliveries, scrolling and selecting.
 */
@ExtendWith(ApplicationExtension.class)
class MessageTableSkinFxTest {

    private final RowList rows = new RowList();
    private TableView<MessageRow> table;

    @Start
    void start(Stage stage) {
        Styling.useTheme(false);
        table = MessageTable.create(rows, ZoneOffset.UTC);
        StackPane root = new StackPane(table);
        // The tint of a failed record's row comes with the messages view's stylesheet.
        root.getStylesheets().add(MessagesView.class.getResource("messages.css").toExternalForm());
        Scene scene = new Scene(root, 1000, 600);
        Styling.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** Every seventh record failed to decode (its row is tinted). */
    private static List<MessageRow> made(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> new MessageRow(i % 7 == 0
                ? Messages.failed(i, new byte[] {0, 0, 0, 0, 9, 1})
                : Messages.json(0, i, Map.of("n", i)), FormatChoice.AUTO, FormatChoice.AUTO)).toList();
    }

    /**
     * Runs {@code change}, a CSS pass and the layout on the UI thread, then compares each shown row's and cell's look
     * (background, text colour) with what a forced CSS pass gives it; returns how many shown rows are tinted.
     */
    private int changeAndCompare(Runnable change) throws Exception {
        return fx(() -> {
            change.run();
            // As a pulse does: the CSS pass (styling what changed so far), then the layout, which moves records.
            table.getScene().getRoot().applyCss();
            table.getScene().getRoot().layout();
            List<TableRow<?>> shown = TableFx.shownRows(table);
            assertThat(shown).hasSizeGreaterThan(10);
            List<String> looks = new ArrayList<>();
            shown.forEach(r -> looks.add(look(r)));
            shown.forEach(Node::applyCss);
            List<String> restyled = new ArrayList<>();
            shown.forEach(r -> restyled.add(look(r)));
            assertThat(looks).as("styles right after the layout").isEqualTo(restyled);
            return (int) shown.stream().filter(r -> ((MessageRow) r.getItem()).failed()).count();
        });
    }

    private static String look(TableRow<?> row) {
        StringBuilder look = new StringBuilder(((MessageRow) row.getItem()).offset() + ":" + fills(row));
        row.getChildrenUnmodifiable().forEach(cell -> {
            look.append('|').append(fills((javafx.scene.layout.Region) cell));
            if (cell instanceof javafx.scene.control.Labeled labeled) {
                look.append(' ').append(labeled.getTextFill());
            }
        });
        return look.toString();
    }

    private static String fills(javafx.scene.layout.Region region) {
        javafx.scene.layout.Background background = region.getBackground();
        return background == null ? "none" : background.getFills().stream()
                .map(f -> f.getFill() + " " + f.getInsets()).toList().toString();
    }

    @Test
    void reTextedRowsAreStyledForTheirNewRecordsInTheSameLayout(FxRobot robot) throws Exception {
        TableFx.awaitPrimed(table, rows);
        robot.interact(() -> rows.append(made(0, 400)));
        WaitForAsyncUtils.waitForFxEvents();
        String tint = fx(() -> fills(TableFx.shownRows(table).stream()
                .filter(r -> ((MessageRow) r.getItem()).failed()).findFirst().orElseThrow()));
        String plain = fx(() -> fills(TableFx.shownRows(table).stream()
                .filter(r -> !((MessageRow) r.getItem()).failed()).findFirst().orElseThrow()));
        assertThat(tint).as("a failed record's row is tinted").isNotEqualTo(plain);

        int next = 400;
        // Capped deliveries of different sizes: the same rows show other records, failed ones move between rows.
        for (int drop : new int[] {1, 2, 3, 5, 51}) {
            int from = next;
            next += drop;
            int end = next;
            assertThat(changeAndCompare(() -> rows.dropAndAppend(drop, made(from, end))))
                    .as("tinted rows shown").isPositive();
        }
        // Scrolling by an odd count (rows take other indexes), selecting a tinted and a plain row.
        changeAndCompare(() -> table.scrollTo(3));
        changeAndCompare(() -> table.getSelectionModel().select(7));
        changeAndCompare(() -> table.getSelectionModel().select(8));
        int from = next;
        changeAndCompare(() -> rows.dropAndAppend(4, made(from, from + 4)));
    }
}
