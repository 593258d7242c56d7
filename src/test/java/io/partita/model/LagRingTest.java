package io.partita.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LagRingTest {

    @Test
    void ringNeverHoldsMoreThanItsCapacityAndKeepsTheNewest() {
        LagRing ring = new LagRing(3);
        for (int i = 0; i < 10; i++) {
            ring.add(i, i * 10L);
        }
        assertThat(ring.size()).isEqualTo(3);
        SeriesData data = ring.snapshot(SeriesKey.total("g"));
        assertThat(data.times()).containsExactly(7, 8, 9);
        assertThat(data.values()).containsExactly(70, 80, 90);
    }

    @Test
    void shrinkingKeepsTheNewestPointsInOrder() {
        LagRing ring = new LagRing(5);
        for (int i = 0; i < 7; i++) {
            ring.add(i, i);
        }
        ring.resize(2);
        assertThat(ring.snapshot(SeriesKey.total("g")).times()).containsExactly(5, 6);
    }

    @Test
    void growingKeepsEverythingAndMakesRoom() {
        LagRing ring = new LagRing(2);
        ring.add(1, 1);
        ring.add(2, 2);
        ring.resize(4);
        ring.add(3, 3);
        assertThat(ring.snapshot(SeriesKey.total("g")).times()).containsExactly(1, 2, 3);
    }

    @Test
    void snapshotIsACopy() {
        LagRing ring = new LagRing(2);
        ring.add(1, 1);
        SeriesData before = ring.snapshot(SeriesKey.total("g"));
        ring.add(2, 2);
        assertThat(before.size()).isEqualTo(1);
    }
}
