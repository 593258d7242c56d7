package io.partita.model;

import java.util.List;

/**
 * A member of a group and the partitions it is assigned.
 *
 * @param groupInstanceId the static membership id, null when the member is dynamic
 */
public record GroupMember(
        String memberId,
        String groupInstanceId,
        String clientId,
        String host,
        List<PartitionRef> assignment) {

    public GroupMember {
        assignment = assignment.stream().sorted().toList();
    }
}
