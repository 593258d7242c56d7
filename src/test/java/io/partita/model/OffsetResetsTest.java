package io.partita.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffsetResetsTest {

    private static final PartitionRef P0 = new PartitionRef("t", 0);
    private static final PartitionRef P1 = new PartitionRef("t", 1);

    /** Partition 0: log 10..100, committed 50. Partition 1: log 0..20, nothing committed. */
    private static List<PartitionOffsets> offsets(Long atTimeP0, Long atTimeP1) {
        return List.of(new PartitionOffsets(P0, 50L, 10, 100, atTimeP0),
                new PartitionOffsets(P1, null, 0, 20, atTimeP1));
    }

    private static OffsetResetPlan plan(OffsetResetSpec spec, List<PartitionOffsets> offsets) {
        return OffsetResets.plan("g", "Empty", 0, spec, ResetScope.allTopics(), offsets);
    }

    @Test
    void earliestMovesToTheLogStart() {
        OffsetResetPlan plan = plan(new OffsetResetSpec.ToEarliest(), offsets(null, null));
        assertThat(plan.rows()).extracting(OffsetResetRow::newOffset).containsExactly(10L, 0L);
        assertThat(plan.rows()).extracting(OffsetResetRow::resultingLag).containsExactly(90L, 20L);
    }

    @Test
    void latestMovesToTheLogEndLeavingNoLag() {
        OffsetResetPlan plan = plan(new OffsetResetSpec.ToLatest(), offsets(null, null));
        assertThat(plan.rows()).extracting(OffsetResetRow::newOffset).containsExactly(100L, 20L);
        assertThat(plan.resultingTotalLag()).isZero();
    }

    @Test
    void timestampUsesTheFirstOffsetAtOrAfterItAndTheEndWhereThereIsNone() {
        OffsetResetPlan plan = plan(new OffsetResetSpec.ToTimestamp(Instant.EPOCH), offsets(30L, null));
        assertThat(plan.rows()).extracting(OffsetResetRow::newOffset).containsExactly(30L, 20L);
        assertThat(plan.rows().get(1).note()).contains("no record");
    }

    @Test
    void aSpecificOffsetIsKeptInsideTheLog() {
        OffsetResetPlan plan = plan(new OffsetResetSpec.ToOffset(5), offsets(null, null));
        assertThat(plan.rows()).extracting(OffsetResetRow::newOffset).containsExactly(10L, 5L);
        assertThat(plan.rows().get(0).note()).contains("earliest");
    }

    @Test
    void shiftMovesFromTheCommittedOffsetAndClampsAtTheEnd() {
        List<PartitionOffsets> committedOnly = List.of(new PartitionOffsets(P0, 50L, 10, 100, null));
        assertThat(plan(new OffsetResetSpec.ShiftBy(-15), committedOnly).rows().get(0).newOffset()).isEqualTo(35L);
        OffsetResetRow far = plan(new OffsetResetSpec.ShiftBy(1_000), committedOnly).rows().get(0);
        assertThat(far.newOffset()).isEqualTo(100L);
        assertThat(far.note()).contains("log end");
    }

    @Test
    void shiftSkipsPartitionsWithoutACommitInsteadOfGuessing() {
        OffsetResetPlan plan = plan(new OffsetResetSpec.ShiftBy(1), offsets(null, null));
        assertThat(plan.rows()).extracting(OffsetResetRow::ref).containsExactly(P0);
        assertThat(plan.skipped()).containsExactly(P1);
    }

    @Test
    void hugeShiftsSaturateInsteadOfOverflowing() {
        List<PartitionOffsets> committedOnly = List.of(new PartitionOffsets(P0, 50L, 10, 100, null));
        assertThat(plan(new OffsetResetSpec.ShiftBy(Long.MAX_VALUE), committedOnly).rows().get(0).newOffset())
                .isEqualTo(100L);
        assertThat(plan(new OffsetResetSpec.ShiftBy(Long.MIN_VALUE), committedOnly).rows().get(0).newOffset())
                .isEqualTo(10L);
    }

    @Test
    void currentLagIsAbsentWhereNothingIsCommitted() {
        OffsetResetPlan plan = plan(new OffsetResetSpec.ToLatest(), offsets(null, null));
        assertThat(plan.rows()).extracting(OffsetResetRow::currentLag).containsExactly(50L, null);
        assertThat(plan.currentTotalLag()).isEqualTo(50L);
    }

    @Test
    void aPlanWithActiveMembersIsNotExecutable() {
        OffsetResetPlan plan = OffsetResets.plan("g", "Stable", 2, new OffsetResetSpec.ToLatest(),
                ResetScope.allTopics(), offsets(null, null));
        assertThat(plan.executable()).isFalse();
    }

    @Test
    void negativeOffsetsAreRefused() {
        assertThatThrownBy(() -> new OffsetResetSpec.ToOffset(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scopeIncludesOnlyChosenPartitions() {
        ResetScope scope = new ResetScope(java.util.Map.of("t", java.util.Set.of(1)));
        assertThat(scope.includes(P1)).isTrue();
        assertThat(scope.includes(P0)).isFalse();
        assertThat(scope.describe()).isEqualTo("t:1");
    }
}
