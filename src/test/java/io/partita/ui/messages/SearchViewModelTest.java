package io.partita.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.filter.RecordFilter;
import io.partita.kafka.MessageReader;
import io.partita.model.DataFormat;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.FormatChoice;
import io.partita.model.KafkaMessage;
import io.partita.model.ReadProgress;
import io.partita.model.ReadRequest;
import io.partita.model.TopicSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search, export and the order check of the messages tab, over an in-memory topic of one partition. */
class SearchViewModelTest {

    @TempDir
    Path dir;

    /** 100 records, value {"n": i}; record 40 and 70 have timestamps earlier than the record before them. */
    private static DecodedMessage record(long i) {
        long time = 1_000_000L + i * 1000 - (i == 40 || i == 70 ? 5000 : 0);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("n", (int) i);
        KafkaMessage m = new KafkaMessage("orders", 0, i, time, KafkaMessage.TimestampType.CREATE_TIME, null,
                ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8), List.of());
        return new DecodedMessage(m, DecodedValue.ABSENT, new DecodedValue.Decoded(DataFormat.JSON, value, null));
    }

    /** Applies the filter as the reader does: every record scanned, only matches handed out. */
    private static final class FilteringSource implements MessageSource {
        final List<ReadRequest> requests = new ArrayList<>();

        @Override
        public List<TopicSummary> topics() {
            return List.of();
        }

        @Override
        public DecodedMessage decode(KafkaMessage m, FormatChoice key, FormatChoice value) {
            return record(m.offset());
        }

        @Override
        public Browse browse(ReadRequest request, RecordFilter filter, MessageReader.Sink sink) {
            requests.add(request);
            List<DecodedMessage> matches = new ArrayList<>();
            for (long i = 0; i < 100; i++) {
                if (filter.test(record(i))) {
                    matches.add(record(i));
                }
            }
            ReadProgress done = new ReadProgress("orders",
                    List.of(new ReadProgress.PartitionRange(0, 0, 100, 100, 100, matches.size())), 100,
                    matches.size(), 0, true, List.of());
            sink.onBatch(matches, done);
            sink.onFinished(done, null);
            return () -> { };
        }
    }

    private final FilteringSource source = new FilteringSource();
    private final MessagesViewModel vm = new MessagesViewModel(new DirectTaskRunner(), source, ZoneOffset.UTC,
            text -> { });

    private void search(String filter) {
        vm.settings().topicProperty().set("orders");
        vm.settings().startProperty().set(BrowseSettings.Start.BEGINNING);
        vm.settings().filterProperty().set(filter);
        vm.startCommand().execute();
    }

    @Test
    void aSearchSaysWhatItScannedAndHowManyMatched() {
        search("value.n > 90");

        assertThat(vm.rows()).extracting(MessageRow::offset).containsExactly(91L, 92L, 93L, 94L, 95L, 96L, 97L,
                98L, 99L);
        assertThat(vm.statusProperty().get()).startsWith("Searched 100 records in orders · 9 matches");
        assertThat(vm.scanDetailsProperty().get()).isEqualTo("partition 0: offsets 0 to 100 of 0 to 100 scanned, "
                + "9 matches");
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void aBadFilterPointsAtItsColumnAndReadsNothing() {
        search("value.n >");

        assertThat(vm.errorProperty().get()).isEqualTo("Filter: the expression ends too early (column 10).");
        assertThat(vm.filterErrorAtProperty().get()).isEqualTo(9);
        assertThat(source.requests).isEmpty();

        search("value.n > 98");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.filterErrorAtProperty().get()).isEqualTo(-1);
        assertThat(vm.rows()).hasSize(1);
    }

    @Test
    void theOrderCheckFindsTheRowsThatGoBackInTimeAndJumpsToEach() {
        search("");
        vm.tools().checkOrder();

        assertThat(vm.tools().outOfOrder()).extracting(MessageRow::offset).containsExactly(40L, 70L);
        assertThat(vm.tools().outcomeProperty().get()).startsWith("2 records are earlier than the row before");
        assertThat(vm.tools().jumpToProperty().get().offset()).isEqualTo(40);
        vm.tools().nextOutOfOrder();
        assertThat(vm.tools().jumpToProperty().get().offset()).isEqualTo(70);
        vm.tools().nextOutOfOrder();
        assertThat(vm.tools().jumpToProperty().get().offset()).isEqualTo(40);
    }

    @Test
    void exportWritesAllRowsOrTheSelection() throws Exception {
        search("value.n < 10");
        Path all = dir.resolve("all.jsonl");
        vm.tools().export(all, false);
        assertThat(Files.readAllLines(all)).hasSize(10);
        assertThat(vm.tools().outcomeProperty().get()).isEqualTo("Exported 10 records to " + all + ".");

        vm.tools().export(dir.resolve("none.csv"), true);
        assertThat(vm.tools().outcomeProperty().get()).isEqualTo("Select the rows to export first.");

        vm.select(List.of(vm.rows().get(2), vm.rows().get(5)));
        Path some = dir.resolve("some.csv");
        vm.tools().export(some, true);
        List<String> lines = Files.readAllLines(some);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).endsWith(",value.n,value (other fields)");
        assertThat(lines.get(1)).contains(",2,").endsWith(",2,");
    }
}
