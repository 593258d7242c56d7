package io.partita.model;

import java.util.List;

/**
 * One row of the consumer groups list.
 *
 * @param state        as the broker names it (Stable, Empty, PreparingRebalance …), "Unknown" when not reported
 * @param protocolType "consumer" for consumer groups, "" for groups that only commit offsets (simple groups)
 * @param assignor     the partition assignor ("range", "uniform" …), "" when none
 * @param members      null when the group could not be described
 * @param coordinator  null when unknown
 * @param topics       topics the group has offsets for or is assigned, sorted
 * @param totalLag     sum of the known partition lags; null when the group has committed nothing
 * @param error        why part of the row is missing (e.g. not authorized to describe it), null when complete
 */
public record GroupSummary(
        String groupId,
        GroupType type,
        String state,
        String protocolType,
        String assignor,
        Integer members,
        BrokerNode coordinator,
        List<String> topics,
        Long totalLag,
        String error) {

    public GroupSummary {
        topics = List.copyOf(topics);
    }
}
