package io.partita.ui.messages;

import static io.partita.ui.messages.TableFx.fx;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.FormatChoice;
import io.partita.ui.common.Styling;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
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

/** The messages table on headless Monocle, without Kafka: cells made ahead of the first rows, lazy tooltips. */
@ExtendWith(ApplicationExtension.class)
class MessageTableFxTest {

    private static final int HEIGHT = 600;
    /** Rows of 26 px below a header: what one screenful of this table holds, at least. */
    private static final int SCREENFUL = (HEIGHT - 60) / 26;

    private final ObservableList<MessageRow> source = FXCollections.observableArrayList();
    private final ObservableList<MessageRow> rows = FXCollections.unmodifiableObservableList(source);
    private TableView<MessageRow> table;

    @Start
    void start(Stage stage) {
        table = MessageTable.create(rows, ZoneOffset.UTC);
        Scene scene = new Scene(new StackPane(table), 1000, HEIGHT);
        Styling.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static List<MessageRow> made(int count) {
        return IntStream.range(0, count).mapToObj(i -> new MessageRow(Messages.json(i % 3, i,
                Map.of("n", i)), FormatChoice.AUTO, FormatChoice.AUTO)).toList();
    }

    private boolean primed() {
        Node flow = table.lookup(".virtual-flow");
        return table.getItems() == rows && flow != null && flow.getOpacity() == 1 && !flow.isMouseTransparent();
    }

    @Test
    void anEmptyShownTableMakesAScreenfulOfRowsAheadThenGetsItsOwnListBack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> primed()
                && table.lookupAll(".table-row-cell").size() >= SCREENFUL));
        WaitForAsyncUtils.waitForFxEvents();

        // The made rows stay with the table (its pile), while it shows the placeholder of an empty list.
        assertThat(fx(() -> table.lookupAll(".table-row-cell").size())).isGreaterThanOrEqualTo(SCREENFUL);
        assertThat(table.getItems()).isSameAs(rows).isEmpty();

        robot.interact(() -> source.setAll(made(200)));
        WaitForAsyncUtils.waitForFxEvents();
        List<TableRow<?>> shown = fx(() -> table.lookupAll(".table-row-cell").stream()
                .<TableRow<?>>map(n -> (TableRow<?>) n).filter(r -> r.isVisible() && !r.isEmpty()).toList());
        assertThat(shown).hasSizeGreaterThanOrEqualTo(SCREENFUL);
        assertThat(shown).allSatisfy(r -> assertThat(r.getItem()).isIn(source));
    }

    @Test
    void rowsThatArriveWhilePrimingAreShownOnceItEnds(FxRobot robot) throws Exception {
        List<MessageRow> first = made(40);
        robot.interact(() -> source.setAll(first));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(this::primed));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).isSameAs(rows).hasSize(40);
        String offsetShown = fx(() -> table.lookupAll(".table-cell").stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.isVisible() && !c.isEmpty() && c.getTableRow() != null
                        && c.getTableRow().getIndex() == 0 && c.getTableColumn().getText().equals("Offset"))
                .map(TableCell::getText).findFirst().orElse(null));
        assertThat(offsetShown).isEqualTo("0");
    }

    @Test
    void theKeyboardPassesTheTableByWhileItPrimes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !table.getItems().isEmpty()
                && table.getItems() != rows));
        assertThat(fx(table::isFocusTraversable)).isFalse();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(this::primed));
        assertThat(fx(table::isFocusTraversable)).isTrue();
    }

    @Test
    void aRowSelectedWhilePrimingIsNotLeftSelectedAfterIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !table.getItems().isEmpty()
                && table.getItems() != rows));
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(this::primed));
        robot.interact(() -> source.setAll(made(5)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> List.copyOf(table.getSelectionModel().getSelectedItems()))).allSatisfy(
                row -> assertThat(row).isIn(source));
    }

    @Test
    void theTimestampTooltipIsMadeWhenThePointerFirstEntersTheCell(FxRobot robot) throws Exception {
        robot.interact(() -> source.setAll(made(10)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(this::primed));
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> cell = fx(() -> table.lookupAll(".table-cell").stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.isVisible() && !c.isEmpty() && c.getTableRow() != null
                        && c.getTableRow().getIndex() == 2 && c.getTableColumn().getText().equals("Timestamp"))
                .findFirst().orElseThrow());
        assertThat(cell.getTooltip()).isNull();

        robot.moveTo(cell);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cell.getTooltip()).isNotNull();
        assertThat(cell.getTooltip().getText()).isEqualTo("2026-01-01T00:00:00.002Z (create time)");
    }

    @Test
    void longPreviewsAreCutToTheirColumnYetShowTheSameCharactersAndEllipsis(FxRobot robot) throws Exception {
        StringBuilder words = new StringBuilder();
        for (int i = 0; words.length() < 280; i++) {
            words.append(i % 5 == 0 ? "iiii" : i % 7 == 0 ? "WWWW" : "word").append(i).append(' ');
        }
        List<MessageRow> made = IntStream.range(0, 30).mapToObj(i -> new MessageRow(Messages.json(0, i, Map.of(
                "text", i % 10 == 9 ? "ünïcödé " + words : i % 4 == 3 ? "short" : words.substring(i))),
                FormatChoice.AUTO, FormatChoice.AUTO)).toList();
        robot.interact(() -> source.setAll(made));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(this::primed));
        WaitForAsyncUtils.waitForFxEvents();

        for (double width : new double[] {420, 90, 260, 700}) {
            robot.interact(() -> table.getColumns().stream().filter(c -> c.getText().equals("Value")).findFirst()
                    .orElseThrow().setPrefWidth(width));
            WaitForAsyncUtils.waitForFxEvents();
            int[] cut = new int[1];
            List<TableCell<?, ?>> cells = fx(() -> table.lookupAll(".table-cell").stream()
                    .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n)
                    .filter(c -> c.isVisible() && !c.isEmpty() && c.getTableRow() != null
                            && c.getTableColumn().getText().equals("Value")).toList());
            assertThat(cells).hasSizeGreaterThan(10);
            for (TableCell<?, ?> cell : cells) {
                // What the cell shows (its text node, "…" included) against what it shows with the whole preview.
                String[] shown = fx(() -> {
                    String full = ((MessageRow) cell.getTableRow().getItem()).valuePreview();
                    String given = cell.getText();
                    javafx.scene.text.Text text = (javafx.scene.text.Text) cell.lookup(".text");
                    String cutShown = text.getText();
                    cell.setText(full);
                    cell.layout();
                    String fullShown = text.getText();
                    cell.setText(given);
                    cell.layout();
                    return new String[] {full, given, cutShown, fullShown, cell.getEllipsisString()};
                });
                assertThat(shown[2]).as("width %s: %s", width, shown[0]).isEqualTo(shown[3]);
                assertThat(shown[0]).startsWith(shown[1]);
                if (shown[1].length() < shown[0].length()) {
                    cut[0]++;
                    assertThat(shown[0]).doesNotContain("ü");
                    assertThat(shown[2]).endsWith(shown[4]);
                }
            }
            assertThat(cut[0]).as("cells cut at width %s", width).isPositive();
        }
    }
}
