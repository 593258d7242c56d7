package io.partita.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RateTrackerTest {

    private static final PartitionRef P0 = new PartitionRef("t", 0);
    private static final PartitionRef P1 = new PartitionRef("t", 1);

    @Test
    void ratesAreUnknownAfterOneSample() {
        RateTracker tracker = new RateTracker(30_000);
        RateTracker.Rates rates = tracker.update(0, Map.of(P0, new OffsetPair(0, 10)));
        assertThat(rates.consume()).isNull();
        assertThat(rates.produce()).isNull();
    }

    @Test
    void ratesAreOffsetsMovedPerSecond() {
        RateTracker tracker = new RateTracker(30_000);
        tracker.update(0, Map.of(P0, new OffsetPair(100, 1_000)));
        RateTracker.Rates rates = tracker.update(2_000, Map.of(P0, new OffsetPair(300, 1_100)));
        assertThat(rates.consume()).isCloseTo(100.0, within(1e-9));
        assertThat(rates.produce()).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void aFirstCommitOnAnotherPartitionIsNotABurstOfConsumption() {
        RateTracker tracker = new RateTracker(30_000);
        tracker.update(0, Map.of(P0, new OffsetPair(0, 0)));
        RateTracker.Rates rates = tracker.update(1_000, Map.of(P0, new OffsetPair(10, 10),
                P1, new OffsetPair(1_000_000, 1_000_000)));
        assertThat(rates.consume()).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void aResetBackwardsIsNotNegativeConsumption() {
        RateTracker tracker = new RateTracker(30_000);
        tracker.update(0, Map.of(P0, new OffsetPair(500, 500)));
        RateTracker.Rates rates = tracker.update(1_000, Map.of(P0, new OffsetPair(0, 500)));
        assertThat(rates.consume()).isZero();
    }

    @Test
    void ratesAverageOverTheWindowOnly() {
        RateTracker tracker = new RateTracker(4_000);
        tracker.update(0, Map.of(P0, new OffsetPair(0, 0)));
        tracker.update(2_000, Map.of(P0, new OffsetPair(2_000, 0))); // 1000/s early on
        tracker.update(4_000, Map.of(P0, new OffsetPair(2_000, 0)));
        tracker.update(6_000, Map.of(P0, new OffsetPair(2_000, 0))); // idle for the last 4 s
        RateTracker.Rates rates = tracker.update(8_000, Map.of(P0, new OffsetPair(2_000, 0)));
        assertThat(rates.consume()).isZero();
    }
}
