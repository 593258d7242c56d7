package io.partita.model;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything about one group: who is in it and, per partition, committed offset, log end and lag.
 *
 * @param coordinator null when unknown
 * @param partitions  sorted by topic and partition; partitions assigned but never committed have a null lag
 */
public record GroupDetail(
        String groupId,
        GroupType type,
        String state,
        String protocolType,
        String assignor,
        BrokerNode coordinator,
        List<GroupMember> members,
        List<PartitionLag> partitions) {

    public GroupDetail {
        members = List.copyOf(members);
        partitions = partitions.stream().sorted((a, b) -> a.ref().compareTo(b.ref())).toList();
    }

    /** Null when nothing is committed on any partition. */
    public Long totalLag() {
        return Lags.total(partitions.stream().map(PartitionLag::lag).toList());
    }

    public boolean hasActiveMembers() {
        return !members.isEmpty();
    }

    public Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        partitions.forEach(p -> topics.add(p.topic()));
        return topics;
    }
}
