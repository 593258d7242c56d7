package io.partita.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.kafka.MessageReader;
import io.partita.model.DecodedMessage;
import io.partita.model.ReadProgress;
import io.partita.model.ReadRequest;
import io.partita.model.StartPosition;
import io.partita.model.TopicSummary;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tab's logic with an in-memory source that hands over what a reader would, on the calling thread. */
class MessagesViewModelTest {

    /** Delivers {@code total} records in batches of {@code batch} when a browse starts, then finishes. */
    private static final class ScriptedSource implements MessageSource {
        final List<ReadRequest> requests = new ArrayList<>();
        int total = 250;
        int batch = 100;
        /** Characters of each value past its number (large values for the memory budget). */
        int padding;
        boolean stopped;
        int decoded;

        @Override
        public List<TopicSummary> topics() {
            return List.of(new TopicSummary("orders", false, 1, 1, 0, 0, 0L, null));
        }

        @Override
        public DecodedMessage decode(io.partita.model.KafkaMessage m, io.partita.model.FormatChoice key,
                                     io.partita.model.FormatChoice value) {
            decoded++;
            return Messages.text(m.offset(), new String(m.value(), java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public Browse browse(ReadRequest request, io.partita.filter.RecordFilter filter, MessageReader.Sink sink) {
            requests.add(request);
            for (int from = 0; from < total; from += batch) {
                List<DecodedMessage> out = new ArrayList<>();
                for (int i = from; i < Math.min(total, from + batch); i++) {
                    out.add(Messages.text(i, "v" + i + "x".repeat(padding)));
                }
                sink.onBatch(out, progress(from + out.size(), false));
            }
            sink.onFinished(progress(total, true), null);
            return () -> stopped = true;
        }

        private ReadProgress progress(long read, boolean finished) {
            return new ReadProgress("orders", List.of(), read, 0, finished, List.of());
        }
    }

    private final ScriptedSource source = new ScriptedSource();
    private final MessagesViewModel vm = new MessagesViewModel(new DirectTaskRunner(), source, ZoneOffset.UTC,
            text -> { });

    @Test
    void theTableKeepsTheNewestRowsUpToTheCapAndSaysHowManyWereDropped() {
        vm.capProperty().set(100);
        vm.settings().topicProperty().set("orders");
        vm.startCommand().execute();

        assertThat(vm.rows()).hasSize(100);
        assertThat(vm.rows().get(0).offset()).isEqualTo(150);
        assertThat(vm.rows().get(99).offset()).isEqualTo(249);
        assertThat(vm.droppedProperty().get()).isEqualTo(150);
        assertThat(vm.statusProperty().get()).contains("Read 250 records").contains("150 older rows dropped");
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void largeRecordsAreKeptUnderTheMemoryBudgetAndTheNewestAlwaysStays() {
        source.padding = 10_000;
        vm.byteBudget(100_000);
        vm.settings().topicProperty().set("orders");
        vm.startCommand().execute();

        // 250 values of ~10 KB: the table keeps the newest that fit in 100 KB, far under its cap of 100,000 rows.
        assertThat(vm.rows()).hasSize(9);
        assertThat(vm.rows().get(8).offset()).isEqualTo(249);
        assertThat(vm.rows().stream().mapToLong(MessageRow::heldBytes).sum()).isLessThanOrEqualTo(100_000);
        assertThat(vm.droppedProperty().get()).isEqualTo(241);
        assertThat(vm.statusProperty().get()).contains("Read 250 records").contains("241 older rows dropped")
                .contains("(cap 100,000 rows, 97.7 KiB)");

        source.padding = 200_000;
        vm.startCommand().execute();
        assertThat(vm.rows()).singleElement().satisfies(r -> assertThat(r.offset()).isEqualTo(249));
    }

    @Test
    void aLiveTailIsTailingWhileItRunsAndABoundedReadNever() {
        List<Boolean> seen = new ArrayList<>();
        List<String> said = new ArrayList<>();
        vm.tailingProperty().addListener((o, was, now) -> seen.add(now));
        vm.statusProperty().addListener((o, was, now) -> said.add(now));
        vm.settings().topicProperty().set("orders");
        vm.settings().stopProperty().set(BrowseSettings.Stop.LIVE);
        vm.startCommand().execute();
        assertThat(seen).containsExactly(true, false);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(said.get(0)).isEqualTo("Following orders…");
        assertThat(said).anyMatch(text -> text.startsWith("Following… ")).last().asString().startsWith("Read 250");
        // Not an average rate, which would freeze while a quiet topic gets nothing, but when records last came.
        assertThat(said).filteredOn(text -> text.startsWith("Following… "))
                .allMatch(text -> text.matches("Following… [0-9,]+ records? from orders · last received "
                        + "\\d\\d:\\d\\d:\\d\\d( ·.*)?"));

        seen.clear();
        vm.settings().stopProperty().set(BrowseSettings.Stop.AT_END);
        vm.startCommand().execute();
        assertThat(seen).isEmpty();
        assertThat(vm.tailingProperty().get()).isFalse();
    }

    @Test
    void theFormBecomesTheRequest() {
        vm.settings().topicProperty().set("orders");
        vm.settings().startProperty().set(BrowseSettings.Start.LAST_N);
        vm.settings().startValueProperty().set("5");
        vm.settings().partitionsProperty().set("0, 2-3");
        vm.settings().valueFormatProperty().set("avro:subject=orders-value");
        vm.startCommand().execute();

        ReadRequest request = source.requests.get(0);
        assertThat(request.start()).isEqualTo(new StartPosition.EndMinus(5));
        assertThat(request.partitions()).containsExactly(0, 2, 3);
        assertThat(request.valueFormat().subject()).isEqualTo("orders-value");
    }

    @Test
    void aBadFormFieldIsShownAndNothingIsRead() {
        vm.settings().topicProperty().set("orders");
        vm.settings().startProperty().set(BrowseSettings.Start.TIME);
        vm.settings().startValueProperty().set("last tuesday");
        vm.startCommand().execute();

        assertThat(source.requests).isEmpty();
        assertThat(vm.errorProperty().get()).contains("'last tuesday' is not a time");
    }

    @Test
    void formatsAreRememberedPerTopic() {
        BrowseSettings settings = vm.settings();
        settings.topicProperty().set("orders");
        settings.valueFormatProperty().set("hex");
        settings.topicProperty().set("events");
        assertThat(settings.valueFormatProperty().get()).isEqualTo("auto");
        settings.topicProperty().set("orders");
        assertThat(settings.valueFormatProperty().get()).isEqualTo("hex");
    }

    @Test
    void selectingARowDecodesItAgainForTheDetail() {
        vm.settings().topicProperty().set("orders");
        vm.startCommand().execute();
        vm.select(List.of(vm.rows().get(3)));
        assertThat(vm.detail().titleProperty().get()).isEqualTo("Partition 0 · offset 3");
        assertThat(vm.detail().valueTextProperty().get()).isEqualTo("v3");
    }

    @Test
    void theSameRowsSelectedAgainAreNotDecodedAgain() {
        // The table reports its selection again at each delivery that moves the selected row; the record is the same.
        vm.settings().topicProperty().set("orders");
        vm.startCommand().execute();
        vm.select(List.of(vm.rows().get(3)));
        vm.select(List.of(vm.rows().get(3)));
        assertThat(source.decoded).isEqualTo(1);

        vm.select(List.of(vm.rows().get(3), vm.rows().get(4)));
        vm.select(List.of(vm.rows().get(3)));
        vm.select(List.of());
        vm.select(List.of(vm.rows().get(3)));
        assertThat(source.decoded).isEqualTo(1 + 2 + 1 + 1);
        assertThat(vm.detail().valueTextProperty().get()).isEqualTo("v3");
    }

    @Test
    void refreshingTopicsListsTheirNames() {
        vm.refreshTopicsCommand().execute();
        assertThat(vm.topics()).containsExactly("orders");
    }
}
