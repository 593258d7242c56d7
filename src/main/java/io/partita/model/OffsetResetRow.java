package io.partita.model;

/**
 * One line of an offset reset plan: current → new, and the lag that results.
 *
 * @param currentOffset null when the group has committed nothing here
 * @param currentLag    null when the group has committed nothing here
 * @param note          why the new offset is not what was literally asked ("kept at earliest" …), null otherwise
 */
public record OffsetResetRow(
        String topic,
        int partition,
        Long currentOffset,
        long newOffset,
        long endOffset,
        Long currentLag,
        long resultingLag,
        String note) {

    public PartitionRef ref() {
        return new PartitionRef(topic, partition);
    }

    public boolean changes() {
        return currentOffset == null || currentOffset != newOffset;
    }
}
