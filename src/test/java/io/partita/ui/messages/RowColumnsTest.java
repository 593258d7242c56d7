package io.partita.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.DecodedMessage;
import io.partita.model.FormatChoice;
import io.partita.model.KafkaMessage;
import io.partita.model.MessageHeader;
import io.partita.schema.MessageDecoder;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RowColumnsTest {

    private static final FormatChoice AUTO = FormatChoice.AUTO;
    private final MessageDecoder decoder = new MessageDecoder(null);

    /** Record {@code offset} as a capped browse decodes it: JSON with deferred previews. */
    private DecodedMessage preview(int offset, int length) {
        String json = "{\"n\":" + offset + ",\"pad\":\"" + "x".repeat(length) + "\"}";
        KafkaMessage record = new KafkaMessage("t", offset % 3, offset, 1_767_225_600_000L + offset,
                KafkaMessage.TimestampType.CREATE_TIME, ("k" + offset).getBytes(StandardCharsets.UTF_8),
                json.getBytes(StandardCharsets.UTF_8),
                List.of(new MessageHeader("source", "web".getBytes(StandardCharsets.UTF_8))));
        return decoder.preview(record, AUTO, AUTO, MessageRow.PREVIEW_CHARS);
    }

    @Test
    void rowsComeBackAsTheyWentInWhateverIsAddedAndRemovedWhere() {
        Random random = new Random(11);
        RowBytes packed = new RowBytes();
        RowColumns columns = new RowColumns();
        List<MessageRow> model = new ArrayList<>();
        int next = 0;
        for (int step = 0; step < 400; step++) {
            int size = model.size();
            switch (random.nextInt(6)) {
                case 0, 1 -> {
                    // What the reader does: pack a batch of records into columns of their own, then hand them on.
                    RowColumns batch = new RowColumns(1);
                    for (int i = random.nextInt(60); i > 0; i--) {
                        DecodedMessage decoded = preview(next++, random.nextInt(300));
                        batch.add(decoded, AUTO, AUTO, packed);
                        model.add(batch.get(batch.size() - 1));
                    }
                    columns.addAll(batch);
                }
                case 2 -> {
                    MessageRow row = new MessageRow(preview(next++, random.nextInt(50)), AUTO, AUTO);
                    columns.add(row);
                    model.add(row);
                }
                case 3 -> {
                    int drop = random.nextInt(size + 1);
                    columns.dropFirst(drop);
                    model.subList(0, drop).clear();
                }
                case 4 -> {
                    int from = random.nextInt(size + 1);
                    int to = from + random.nextInt(size - from + 1);
                    columns.removeRange(from, to);
                    model.subList(from, to).clear();
                }
                default -> {
                    int from = random.nextInt(size + 1);
                    int to = from + random.nextInt(size - from + 1);
                    assertThat(columns.copyOfRange(from, to)).as("step %d", step).isEqualTo(model.subList(from, to));
                    assertThat(RowColumns.held(columns.copyOfRange(from, to)))
                            .isEqualTo(RowColumns.held(new ArrayList<>(model.subList(from, to))));
                }
            }
            assertThat(columns).as("step %d", step).isEqualTo(model);
            assertThat(shown(columns)).as("step %d", step).isEqualTo(shown(model));
            assertThat(columns.heldBytes()).as("step %d", step).isEqualTo(RowColumns.held(new ArrayList<>(model)));
        }
        assertThat(next).isGreaterThan(1_000);
        assertThat(model).hasSizeGreaterThan(20);
    }

    /** What the table shows of each row, and its record. */
    private static List<String> shown(List<MessageRow> rows) {
        return rows.stream().map(r -> r.partition() + "@" + r.offset() + " " + r.keyPreview() + " " + r.valuePreview()
                + " " + r.schemaText() + " " + r.headerCount() + " " + r.size() + " " + r.heldBytes() + " "
                + r.message().headers().stream().map(h -> h.key() + "=" + new String(h.value(), StandardCharsets.UTF_8))
                .toList()).toList();
    }

    @Test
    void aRowIsEqualOnlyToRowsMadeFromTheSamePlace() {
        RowColumns columns = new RowColumns();
        RowBytes packed = new RowBytes();
        columns.add(preview(1, 10), AUTO, AUTO, packed);
        columns.add(preview(1, 10), AUTO, AUTO, packed); // the same record read twice: two rows

        assertThat(columns.get(0)).isEqualTo(columns.get(0)).hasSameHashCodeAs(columns.get(0))
                .isNotSameAs(columns.get(0));
        assertThat(columns.get(0)).isNotEqualTo(columns.get(1));
        assertThat(columns.indexOf(columns.copyOfRange(1, 2).get(0))).isEqualTo(1);
        assertThat(columns.get(1).message().value()).isEqualTo(columns.get(0).message().value());
    }

    @Test
    void aPreviewWrittenForOneRowIsWrittenAgainForTheNextRowMadeFromItsPlace() {
        RowColumns columns = new RowColumns();
        columns.add(preview(4, 20), AUTO, AUTO, new RowBytes());
        MessageRow shown = columns.get(0);

        assertThat(shown.valuePreviewWritten()).isFalse();
        String text = shown.valuePreview();
        assertThat(shown.valuePreviewWritten()).isTrue();
        assertThat(text).startsWith("{").contains("\"n\":4");
        MessageRow again = columns.get(0);
        assertThat(again.valuePreviewWritten()).isFalse();
        assertThat(again.valuePreview()).isEqualTo(text);
    }

    @Test
    void rowsRemovedFromTheFrontLetGoOfTheirBytes() throws InterruptedException {
        RowColumns columns = new RowColumns();
        RowBytes own = new RowBytes(1); // every row an array of its own
        for (int i = 0; i < 3; i++) {
            columns.add(preview(i, 1_000), AUTO, AUTO, own);
        }
        WeakReference<byte[]> first = new WeakReference<>(columns.get(0).bytes());
        WeakReference<byte[]> last = new WeakReference<>(columns.get(2).bytes());

        columns.dropFirst(1);
        for (int i = 0; i < 20 && first.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }

        assertThat(first.get()).as("the dropped row's bytes").isNull();
        assertThat(last.get()).as("a kept row's bytes").isNotNull();
        assertThat(columns).hasSize(2);
        assertThat(columns.get(1).offset()).isEqualTo(2);
    }

    @Test
    void indexesOutsideTheRowsAreRefused() {
        RowColumns columns = new RowColumns();
        columns.add(preview(0, 1), AUTO, AUTO, new RowBytes());

        assertThatThrownBy(() -> columns.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> columns.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> columns.removeRange(0, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> columns.copyOfRange(1, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
