package io.partita.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LagsTest {

    @Test
    void lagIsEndMinusCommitted() {
        assertThat(Lags.of(40L, 100L)).isEqualTo(60L);
    }

    @Test
    void lagIsAbsentWhenNothingCommitted() {
        assertThat(Lags.of(null, 100L)).isNull();
    }

    @Test
    void lagIsAbsentWhenTheEndIsUnknown() {
        assertThat(Lags.of(5L, null)).isNull();
    }

    @Test
    void aCommitAheadOfTheEndReadEarlierIsNoLagRatherThanNegative() {
        assertThat(Lags.of(105L, 100L)).isZero();
    }

    @Test
    void totalSumsKnownLagsAndIgnoresAbsentOnes() {
        assertThat(Lags.total(Arrays.asList(3L, null, 4L))).isEqualTo(7L);
    }

    @Test
    void totalIsAbsentWhenNoPartitionHasACommit() {
        assertThat(Lags.total(Arrays.asList(null, null))).isNull();
        assertThat(Lags.total(List.of())).isNull();
    }

    @Test
    void groupDetailTotalIsAbsentWhenNothingCommitted() {
        GroupDetail detail = new GroupDetail("g", GroupType.CLASSIC, "Empty", "consumer", "", null, List.of(),
                List.of(PartitionLag.of(new PartitionRef("t", 0), null, 10L, null)));
        assertThat(detail.totalLag()).isNull();
        assertThat(detail.partitions().get(0).lag()).isNull();
    }
}
