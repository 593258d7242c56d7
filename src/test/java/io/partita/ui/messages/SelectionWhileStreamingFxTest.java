package io.partita.ui.messages;

import static io.partita.ui.messages.TableFx.fx;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.FormatChoice;
import io.partita.ui.common.Styling;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A selected row stays selected, and the same record, while a capped browse drops older rows and appends new ones
 * (the rows are made afresh each time the table asks: {@link RowColumns}); and the selection the table reports is
 * the record picked, not a neighbour.
 */
@ExtendWith(ApplicationExtension.class)
class SelectionWhileStreamingFxTest {

    private final RowList rows = new RowList();
    private final List<List<Long>> reported = new ArrayList<>();
    private TableView<MessageRow> table;
    private int next;

    @Start
    void start(Stage stage) {
        table = MessageTable.create(rows, ZoneOffset.UTC);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<MessageRow>) c ->
                reported.add(table.getSelectionModel().getSelectedItems().stream().map(MessageRow::offset).toList()));
        Scene scene = new Scene(new StackPane(table), 1000, 600);
        Styling.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** The next {@code count} rows as a reader hands them over: in columns, bytes packed together. */
    private RowColumns made(int count) {
        RowColumns made = new RowColumns();
        RowBytes packed = new RowBytes();
        IntStream.range(next, next + count).forEach(i -> made.add(Messages.json(0, i, Map.of("n", i)),
                FormatChoice.AUTO, FormatChoice.AUTO, packed));
        next += count;
        return made;
    }

    @Test
    void theSelectedRecordStaysSelectedAsRowsAreDroppedBeforeItAndAddedAfterIt() throws Exception {
        // The table shows made-up rows while it primes its cells; selecting then would select one of those.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems() == rows);
        fx(() -> {
            rows.append(made(200));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            table.getSelectionModel().select(150);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reported).last().isEqualTo(List.of(150L));
        int reportsAfterSelecting = reported.size();

        for (int delivery = 0; delivery < 5; delivery++) {
            fx(() -> {
                rows.dropAndAppend(20, made(20));
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
        }

        MessageRow selected = fx(() -> table.getSelectionModel().getSelectedItem());
        assertThat(selected.offset()).isEqualTo(150L);
        assertThat(fx(() -> table.getSelectionModel().getSelectedIndex())).isEqualTo(50);
        assertThat(selected).isEqualTo(fx(() -> table.getItems().get(50)));
        assertThat(reported.subList(reportsAfterSelecting, reported.size()))
                .as("what the selection reported while rows came and went").allSatisfy(offsets ->
                        assertThat(offsets).containsExactly(150L));
    }

    @Test
    void twoSelectedRecordsStaySelectedAndARecordDroppedLeavesTheSelection() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems() == rows);
        fx(() -> {
            rows.append(made(100));
            table.getSelectionModel().selectIndices(30, 80);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        fx(() -> {
            rows.dropAndAppend(40, made(40)); // record 30 goes, 80 moves to 40
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> List.copyOf(table.getSelectionModel().getSelectedIndices()))).containsExactly(40);
        assertThat(fx(() -> table.getSelectionModel().getSelectedItem().offset())).isEqualTo(80L);
        assertThat(fx(() -> table.getFocusModel().getFocusedIndex())).isEqualTo(40);

        fx(() -> {
            rows.removeAndAppend(10, 5, List.of()); // rows out in the middle, none in
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> table.getSelectionModel().getSelectedItem().offset())).isEqualTo(80L);
        assertThat(fx(() -> table.getSelectionModel().getSelectedIndex())).isEqualTo(35);

        fx(() -> {
            rows.dropAndAppend(50, made(50));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> table.getSelectionModel().getSelectedIndices())).isEmpty();
        assertThat(reported).last().isEqualTo(List.of());
    }

    @Test
    void aSelectionOfVeryManyRowsIsLeftWhereTheTableKeepsIt() throws Exception {
        // Selecting 100,000 rows again took the table's model 8 s per delivery: such a selection is not followed.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems() == rows);
        int many = SelectionFollow.MOST_FOLLOWED + 1;
        fx(() -> {
            rows.append(made(2 * many));
            table.getSelectionModel().selectRange(many, 2 * many);
            return null;
        });
        fx(() -> {
            rows.dropAndAppend(10, made(10));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> table.getSelectionModel().getSelectedIndices().size())).isEqualTo(many);
        assertThat(fx(() -> table.getSelectionModel().getSelectedIndices().get(0))).isEqualTo(many);
    }
}
