package io.partita.model;

/**
 * One partition of a group: where the group is and where the log ends.
 *
 * @param committedOffset null when the group has committed nothing on this partition
 * @param endOffset       the log-end offset, null when unknown
 * @param lag             {@link Lags#of}: null when nothing is committed
 * @param memberId        the member that owns the partition, null when none does
 */
public record PartitionLag(
        String topic,
        int partition,
        Long committedOffset,
        Long endOffset,
        Long lag,
        String memberId,
        String clientId,
        String host) {

    public static PartitionLag of(PartitionRef ref, Long committed, Long end, GroupMember owner) {
        return new PartitionLag(ref.topic(), ref.partition(), committed, end, Lags.of(committed, end),
                owner == null ? null : owner.memberId(), owner == null ? null : owner.clientId(),
                owner == null ? null : owner.host());
    }

    public PartitionRef ref() {
        return new PartitionRef(topic, partition);
    }
}
