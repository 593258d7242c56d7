package io.partita.model;

import java.util.List;

/**
 * A dry run: what an offset reset would commit, partition by partition. Executing commits exactly these offsets.
 *
 * @param groupState    the group's state when planned
 * @param activeMembers members in the group when planned; executing is refused while there are any
 * @param rows          sorted by topic and partition
 * @param skipped       partitions in scope that the reset leaves alone (a shift where nothing is committed)
 */
public record OffsetResetPlan(
        String groupId,
        OffsetResetSpec spec,
        ResetScope scope,
        String groupState,
        int activeMembers,
        List<OffsetResetRow> rows,
        List<PartitionRef> skipped) {

    public OffsetResetPlan {
        rows = rows.stream().sorted((a, b) -> a.ref().compareTo(b.ref())).toList();
        skipped = skipped.stream().sorted().toList();
    }

    public Long currentTotalLag() {
        return Lags.total(rows.stream().map(OffsetResetRow::currentLag).toList());
    }

    public long resultingTotalLag() {
        return rows.stream().mapToLong(OffsetResetRow::resultingLag).sum();
    }

    public long changedPartitions() {
        return rows.stream().filter(OffsetResetRow::changes).count();
    }

    public boolean executable() {
        return activeMembers == 0 && !rows.isEmpty();
    }
}
