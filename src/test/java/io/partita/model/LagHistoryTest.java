package io.partita.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LagHistoryTest {

    private static final PartitionRef A0 = new PartitionRef("a", 0);
    private static final PartitionRef A1 = new PartitionRef("a", 1);
    private static final PartitionRef B0 = new PartitionRef("b", 0);

    private static LagSample sample(long time, long committed, long end) {
        return new LagSample(time, Map.of("g", Map.of(A0, new OffsetPair(committed, end),
                A1, new OffsetPair(committed, end), B0, new OffsetPair(committed, end))));
    }

    @Test
    void capacityCoversTheWindowAtTheSamplePeriod() {
        assertThat(LagHistory.capacityFor(Duration.ofMinutes(5), Duration.ofSeconds(2))).isEqualTo(151);
        assertThat(LagHistory.capacityFor(Duration.ofMinutes(60), Duration.ofSeconds(2))).isEqualTo(1801);
    }

    @Test
    void everySeriesStaysWithinTheCapacity() {
        LagHistory history = new LagHistory(4);
        history.watch("g", SeriesDetail.PARTITIONS);
        for (int i = 0; i < 100; i++) {
            history.add(sample(i * 1000L, i, i + 5));
        }
        assertThat(history.series()).allSatisfy(s -> assertThat(s.size()).isEqualTo(4));
        assertThat(history.pointCount()).isEqualTo(4L * (1 + 2 + 3)); // total, 2 topics, 3 partitions
    }

    @Test
    void totalOnlyKeepsOneSeriesPerGroup() {
        LagHistory history = new LagHistory(10);
        history.watch("g", SeriesDetail.TOTAL);
        history.add(sample(0, 0, 5));
        assertThat(history.series()).extracting(SeriesData::key).containsExactly(SeriesKey.total("g"));
        assertThat(history.series().get(0).lastValue()).isEqualTo(15L);
    }

    @Test
    void topicDetailSumsPartitionsPerTopic() {
        LagHistory history = new LagHistory(10);
        history.watch("g", SeriesDetail.TOPICS);
        history.add(sample(0, 0, 5));
        assertThat(history.series()).extracting(s -> s.key().label(), SeriesData::lastValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("g", 15L),
                        org.assertj.core.groups.Tuple.tuple("g / a", 10L),
                        org.assertj.core.groups.Tuple.tuple("g / b", 5L));
    }

    @Test
    void coarserDetailDropsTheFinerSeries() {
        LagHistory history = new LagHistory(10);
        history.watch("g", SeriesDetail.PARTITIONS);
        history.add(sample(0, 0, 5));
        history.watch("g", SeriesDetail.TOTAL);
        assertThat(history.series()).hasSize(1);
    }

    @Test
    void statsCarryRatesAndEtaFromKnownOffsets() {
        LagHistory history = new LagHistory(10);
        history.watch("g", SeriesDetail.TOTAL);
        history.add(sample(0, 0, 1_000));
        List<GroupLagStats> stats = history.add(sample(10_000, 300, 1_100)); // per partition: 30/s vs 10/s
        GroupLagStats g = stats.get(0);
        assertThat(g.totalLag()).isEqualTo(3 * 800L);
        assertThat(g.consumeRate()).isEqualTo(90.0);
        assertThat(g.produceRate()).isEqualTo(30.0);
        assertThat(g.catchUp().seconds()).isEqualTo(40L); // 2400 / (90 - 30)
    }

    @Test
    void aGroupWithoutCommitsHasAbsentLagAndNoPoint() {
        LagHistory history = new LagHistory(10);
        history.watch("idle", SeriesDetail.TOTAL);
        List<GroupLagStats> stats = history.add(new LagSample(0, Map.of()));
        assertThat(stats.get(0).totalLag()).isNull();
        assertThat(history.pointCount()).isZero();
    }

    @Test
    void unwatchingForgetsTheGroup() {
        LagHistory history = new LagHistory(10);
        history.watch("g", SeriesDetail.TOTAL);
        history.add(sample(0, 0, 5));
        history.unwatch("g");
        assertThat(history.series()).isEmpty();
        assertThat(history.groups()).isEmpty();
    }
}
