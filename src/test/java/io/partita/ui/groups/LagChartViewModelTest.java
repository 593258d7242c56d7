package io.partita.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.model.CatchUp;
import io.partita.model.LagSample;
import io.partita.model.OffsetPair;
import io.partita.model.PartitionRef;
import io.partita.model.SeriesData;
import io.partita.model.SeriesDetail;
import io.partita.model.SeriesKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LagChartViewModelTest {

    private static final PartitionRef P0 = new PartitionRef("orders", 0);
    private static final PartitionRef P1 = new PartitionRef("orders", 1);

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final Doubles.Feed feed = new Doubles.Feed();
    private final Doubles.Dialogs dialogs = new Doubles.Dialogs();
    private final LagChartViewModel vm = new LagChartViewModel(runner, feed, dialogs, Clock.systemUTC());

    /** Both partitions of "orders" at the same committed offset and log end. */
    private void queue(long time, String group, long committed, long end) {
        feed.samples.add(new LagSample(time, Map.of(group, Map.of(P0, new OffsetPair(committed, end),
                P1, new OffsetPair(committed, end)))));
    }

    @Test
    void addingAGroupStartsSamplingAndEachFrameExtendsItsSeries() {
        queue(0, "g", 0, 10);
        queue(2_000, "g", 5, 10);

        vm.add("g");
        runner.tick();
        runner.tick();

        assertThat(vm.isSampling()).isTrue();
        SeriesData total = vm.frameProperty().get().series().get(0);
        assertThat(total.key()).isEqualTo(SeriesKey.total("g"));
        assertThat(total.values()).containsExactly(20L, 10L);
        assertThat(vm.frameProperty().get().windowMillis()).isEqualTo(Duration.ofMinutes(5).toMillis());
    }

    @Test
    void perPartitionDetailAddsASeriesPerPartitionAndPerTopic() {
        queue(0, "g", 0, 10);
        vm.add("g");

        vm.setDetail("g", SeriesDetail.PARTITIONS);
        runner.tick();

        assertThat(vm.frameProperty().get().series()).extracting(s -> s.key().label())
                .containsExactly("g", "g / orders", "g / orders-0", "g / orders-1");
        assertThat(vm.rows().get(0).detail()).isEqualTo(SeriesDetail.PARTITIONS);
    }

    @Test
    void statsShowRatesAndTheTimeToCatchUpFromKnownOffsets() {
        queue(0, "g", 0, 1_000);
        queue(10_000, "g", 300, 1_100); // per partition: 30/s consumed, 10/s produced
        vm.add("g");
        runner.tick();
        runner.tick();

        LagStatsRow row = vm.rows().get(0);
        assertThat(row.lag()).isEqualTo("1,600");
        assertThat(row.consumeRate()).isEqualTo("60.0/s");
        assertThat(row.produceRate()).isEqualTo("20.0/s");
        assertThat(row.catchUp()).isEqualTo("≈ 40 s"); // 1600 / (60 - 20)
        assertThat(row.status()).isEqualTo(CatchUp.Status.CATCHING_UP);
    }

    @Test
    void producersOutpacingTheGroupReadsAsFallingBehind() {
        queue(0, "g", 0, 1_000);
        queue(10_000, "g", 100, 1_500);
        vm.add("g");
        runner.tick();
        runner.tick();
        assertThat(vm.rows().get(0).catchUp()).isEqualTo("falling behind");
    }

    @Test
    void severalGroupsShareTheChartWithTheirOwnColours() {
        feed.samples.add(new LagSample(0, Map.of("a", Map.of(P0, new OffsetPair(1, 2)),
                "b", Map.of(P0, new OffsetPair(1, 5)))));
        vm.add("a");
        vm.add("b");
        runner.tick();

        ChartFrame frame = vm.frameProperty().get();
        assertThat(frame.series()).extracting(s -> s.key().group()).containsExactly("a", "b");
        assertThat(frame.colour(SeriesKey.total("a"))).isNotEqualTo(frame.colour(SeriesKey.total("b")));
        assertThat(vm.rows()).extracting(LagStatsRow::colour).containsExactly(frame.colour(SeriesKey.total("a")),
                frame.colour(SeriesKey.total("b")));
    }

    @Test
    void pauseStopsSamplingAndResumeStartsItAgain() {
        vm.add("g");
        vm.pauseCommand().execute();
        assertThat(vm.isSampling()).isFalse();
        assertThat(vm.pausedProperty().get()).isTrue();

        vm.pauseCommand().execute();
        assertThat(vm.isSampling()).isTrue();
        assertThat(feed.starts).isEqualTo(2);
    }

    @Test
    void removingTheLastGroupStopsSampling() {
        vm.add("g");
        vm.remove("g");
        assertThat(vm.isSampling()).isFalse();
        assertThat(vm.frameProperty().get().series()).isEmpty();
        assertThat(feed.history.groups()).isEmpty();
    }

    @Test
    void aNewPeriodOrWindowReachesTheFeedAndRestartsSampling() {
        vm.add("g");
        vm.periodProperty().set(Duration.ofSeconds(5));
        vm.windowProperty().set(Duration.ofMinutes(60));

        assertThat(feed.period).isEqualTo(Duration.ofSeconds(5));
        assertThat(feed.window).isEqualTo(Duration.ofMinutes(60));
        assertThat(feed.starts).isEqualTo(3);
        assertThat(feed.history.capacity()).isEqualTo(721);
    }

    @Test
    void aFailedSampleIsShownAndTheNextOneClearsIt() {
        vm.add("g");
        feed.failure = new IllegalStateException("no answer within 5000 ms");
        runner.tick();
        assertThat(vm.errorProperty().get()).contains("Sampling failed").contains("no answer within 5000 ms");

        feed.failure = null;
        queue(0, "g", 0, 1);
        runner.tick();
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void csvExportWritesEverySeries(@TempDir Path dir) throws Exception {
        queue(0, "g", 0, 10);
        vm.add("g");
        runner.tick();
        dialogs.saveTo = dir.resolve("lag.csv");

        vm.exportCsvCommand().execute();

        assertThat(Files.readString(dialogs.saveTo)).isEqualTo("time,g\n1970-01-01T00:00:00Z,20\n");
        assertThat(vm.exportedProperty().get()).isEqualTo("Exported 1 series to " + dialogs.saveTo);
    }

    @Test
    void aGroupWithoutCommitsSaysSoInsteadOfZero() {
        feed.samples.add(new LagSample(0, Map.of()));
        vm.add("idle");
        runner.tick();
        assertThat(vm.rows().get(0).lag()).isEqualTo("— (nothing committed)");
    }
}
