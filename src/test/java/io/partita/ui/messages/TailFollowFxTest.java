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
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A live tail keeps its newest row in view while the table is at its end; scrolled up, the table stays put. */
@ExtendWith(ApplicationExtension.class)
class TailFollowFxTest {

    private final RowList rows = new RowList();
    private final SimpleBooleanProperty tailing = new SimpleBooleanProperty(true);
    private TableView<MessageRow> table;
    private int next;

    @Start
    void start(Stage stage) {
        table = MessageTable.create(rows, ZoneOffset.UTC);
        TailFollow.install(table, tailing);
        Scene scene = new Scene(new StackPane(table), 1000, 600);
        Styling.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private List<MessageRow> made(int count) {
        int from = next;
        next += count;
        return IntStream.range(from, from + count).mapToObj(i -> new MessageRow(Messages.json(0, i, Map.of("n", i)),
                FormatChoice.AUTO, FormatChoice.AUTO)).toList();
    }

    /** First and last index of the rows the table shows. */
    private int[] shown() throws Exception {
        return fx(() -> {
            MessageTableSkin skin = (MessageTableSkin) table.getSkin();
            int first = TableFx.shownRows(table).stream().mapToInt(javafx.scene.control.TableRow::getIndex)
                    .min().orElse(-1);
            return new int[] {first, skin.lastShownIndex()};
        });
    }

    private void apply(Runnable change) throws Exception {
        WaitForAsyncUtils.asyncFx(change).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theNewestRowStaysInViewUntilTheTableIsScrolledUp(FxRobot robot) throws Exception {
        TableFx.awaitPrimed(table, rows);
        apply(() -> rows.append(made(5)));
        apply(() -> rows.append(made(200)));
        assertThat(shown()[1]).as("followed to the newest row").isEqualTo(204);
        // Capped: the oldest rows leave as new ones come; still following.
        apply(() -> rows.dropAndAppend(30, made(30)));
        assertThat(shown()[1]).isEqualTo(rows.size() - 1);
        assertThat(fx(() -> table.getItems().get(rows.size() - 1).offset())).isEqualTo(next - 1L);

        // Scrolled up to read something: new rows do not move the table.
        apply(() -> table.scrollTo(0));
        apply(() -> rows.append(made(20)));
        assertThat(shown()[0]).as("the first rows stay in view").isZero();
        assertThat(shown()[1]).isLessThan(rows.size() - 1);

        // Back at the end: followed again.
        apply(() -> table.scrollTo(rows.size() - 1));
        apply(() -> rows.append(made(20)));
        assertThat(shown()[1]).isEqualTo(rows.size() - 1);

        // A bounded read is not followed, even from the end.
        tailing.set(false);
        apply(() -> rows.append(made(40)));
        assertThat(shown()[1]).isLessThan(rows.size() - 1);
    }
}
