package io.partita.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.FormatChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class RowListTest {

    private final RowList list = new RowList();
    private final List<String> changes = new ArrayList<>();

    RowListTest() {
        list.addListener((ListChangeListener<MessageRow>) c -> {
            StringBuilder text = new StringBuilder();
            while (c.next()) {
                text.append(c.wasReplaced() ? "replaced" : c.wasAdded() ? "added" : "removed")
                        .append(' ').append(c.getFrom()).append('-').append(c.getTo())
                        .append(" -").append(offsets(c.getRemoved())).append(" +").append(offsets(c.getAddedSubList()))
                        .append(';');
            }
            changes.add(text.toString());
        });
    }

    private static List<MessageRow> rows(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> new MessageRow(Messages.json(0, i, Map.of("n", i)),
                FormatChoice.AUTO, FormatChoice.AUTO)).toList();
    }

    private static List<Long> offsets(List<? extends MessageRow> rows) {
        return rows.stream().map(MessageRow::offset).toList();
    }

    @Test
    void theRowsAndTheBytesHeldFollowEveryChangeOfTheRows() {
        java.util.Random random = new java.util.Random(3);
        List<MessageRow> model = new ArrayList<>();
        for (int step = 0; step < 300; step++) {
            int size = list.size();
            int n = random.nextInt(40);
            List<MessageRow> rows = IntStream.range(0, n).mapToObj(i -> new MessageRow(Messages.json(0, i,
                    Map.of("n", "x".repeat(random.nextInt(200)))), FormatChoice.AUTO, FormatChoice.AUTO)).toList();
            // A browse hands its rows over in columns; tests and the table's made-up rows as plain lists.
            List<MessageRow> added = random.nextBoolean() ? rows : RowColumns.copyOf(rows, 0, rows.size());
            int from = 0;
            int count;
            switch (random.nextInt(6)) {
                case 0 -> count = 0;
                case 1 -> count = random.nextInt(size + 1);
                case 2 -> {
                    from = size == 0 ? 0 : random.nextInt(size);
                    count = random.nextInt(10);
                }
                case 3 -> count = -2; // fill
                case 4 -> count = size;
                default -> count = random.nextInt(10) == 0 ? -1 : 0;
            }
            if (count == -1) {
                list.clear();
                model.clear();
            } else if (count == -2) {
                list.fill(added);
                model.clear();
                model.addAll(rows);
            } else {
                list.removeAndAppend(from, count, added);
                model.subList(from, Math.min(size, from + count)).clear();
                model.addAll(rows);
            }
            assertThat(list).as("step %d", step).isEqualTo(model);
            assertThat(list.heldBytes()).as("step %d", step).isEqualTo(RowBudget.held(model));
        }
        assertThat(list.heldBytes()).isPositive();
    }

    @Test
    void appendingReportsOneAdditionAtTheEnd() {
        list.append(rows(0, 3));
        list.append(rows(3, 5));
        list.append(List.of());

        assertThat(offsets(list)).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(changes).containsExactly("added 0-3 -[] +[0, 1, 2];", "added 3-5 -[] +[3, 4];");
    }

    @Test
    void droppingTheOldestAndAppendingIsOneChangeOfARemovalAtTheFrontAndAnAdditionAtTheEnd() {
        list.append(rows(0, 4));
        changes.clear();

        list.dropAndAppend(2, rows(4, 6));

        assertThat(offsets(list)).containsExactly(2L, 3L, 4L, 5L);
        // Not a replacement: the table would empty and restyle every visible cell for one.
        assertThat(changes).containsExactly("removed 0-0 -[0, 1] +[];added 2-4 -[] +[4, 5];");
    }

    @Test
    void removingFromTheMiddleAndAppendingIsOneChangeToo() {
        list.append(rows(0, 5));
        changes.clear();

        list.removeAndAppend(3, 1, rows(5, 6));

        assertThat(offsets(list)).containsExactly(0L, 1L, 2L, 4L, 5L);
        assertThat(changes).containsExactly("removed 3-3 -[3] +[];added 4-5 -[] +[5];");
    }

    @Test
    void droppingNothingAppendsAndDroppingEverythingReplaces() {
        list.append(rows(0, 2));
        changes.clear();

        list.dropAndAppend(0, rows(2, 3));
        list.dropAndAppend(5, rows(3, 4));

        assertThat(offsets(list)).containsExactly(3L);
        assertThat(changes).containsExactly("added 2-3 -[] +[2];", "replaced 0-1 -[0, 1, 2] +[3];");
    }

    @Test
    void droppingWithNothingToAppendIsARemovalOnly() {
        list.append(rows(0, 3));
        changes.clear();

        list.dropAndAppend(1, List.of());

        assertThat(offsets(list)).containsExactly(1L, 2L);
        assertThat(changes).containsExactly("removed 0-0 -[0] +[];");
    }

    @Test
    void replacingAndClearingSayWhatWentAndKeepNoAliasOfTheCallersList() {
        List<MessageRow> given = new ArrayList<>(rows(0, 2));
        list.fill(given);
        given.clear();
        assertThat(offsets(list)).containsExactly(0L, 1L);

        list.clear();
        list.clear();

        assertThat(list).isEmpty();
        assertThat(changes).containsExactly("added 0-2 -[] +[0, 1];", "removed 0-0 -[0, 1] +[];");
    }

    @Test
    void theListMethodsThatWouldChangeItRefuse() {
        assertThatThrownBy(() -> list.add(rows(0, 1).get(0))).isInstanceOf(UnsupportedOperationException.class);
        list.append(rows(0, 1));
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
