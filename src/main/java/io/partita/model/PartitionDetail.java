package io.partita.model;

import java.util.List;

/**
 * One partition of a topic.
 *
 * @param leader   broker id of the leader, null when the partition is offline
 * @param replicas broker ids; the first is the preferred leader
 * @param earliestOffset null when unknown (e.g. the partition is offline)
 * @param sizeBytes      bytes on disk summed over replicas; null when unknown
 */
public record PartitionDetail(
        String topic,
        int partition,
        Integer leader,
        List<Integer> replicas,
        List<Integer> isr,
        Long earliestOffset,
        Long latestOffset,
        Long sizeBytes) {

    public PartitionDetail {
        replicas = List.copyOf(replicas);
        isr = List.copyOf(isr);
    }

    public boolean offline() {
        return leader == null;
    }

    public boolean underReplicated() {
        return isr.size() < replicas.size();
    }

    /** True when a leader exists and is not the first replica (a preferred election would move it). */
    public boolean leaderNotPreferred() {
        return leader != null && !replicas.isEmpty() && !leader.equals(replicas.get(0));
    }

    /** latest − earliest, or null when either is unknown. */
    public Long messages() {
        return earliestOffset == null || latestOffset == null ? null : latestOffset - earliestOffset;
    }
}
