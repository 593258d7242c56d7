package io.partita.kafka;

import io.partita.model.GroupDetail;
import io.partita.model.GroupMember;
import io.partita.model.GroupType;
import io.partita.model.PartitionLag;
import io.partita.model.PartitionRef;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * One group in full: members and, for every partition of every topic the group reads, committed offset, log end,
 * lag and owner. Partitions of those topics that the group never committed on are included with no lag, so a
 * forgotten partition shows up instead of hiding. Synchronous, bounded; background threads only.
 */
final class GroupInspector {

    private final Admin admin;
    private final GroupDescriber describer;
    private final OffsetReader offsets;

    GroupInspector(Admin admin) {
        this.admin = admin;
        this.describer = new GroupDescriber(admin);
        this.offsets = new OffsetReader(admin);
    }

    /** @throws KafkaOperationException "no group named …" when the cluster does not know the group */
    DescribedGroup describeAny(String groupId, Deadline deadline) {
        DescribedGroup consumer = describer.consumerGroups(List.of(groupId), deadline).get(groupId);
        if (consumer.exists()) {
            return consumer;
        }
        // The consumer describe refuses share and streams groups ("not a consumer group"): try those kinds.
        for (DescribedGroup other : List.of(describer.shareGroups(List.of(groupId), deadline).get(groupId),
                describer.streamsGroups(List.of(groupId), deadline).get(groupId))) {
            if (other.exists()) {
                return other;
            }
        }
        if (consumer.error() != null && !consumer.error().toLowerCase(java.util.Locale.ROOT).contains("not found")
                && !consumer.error().contains("not a consumer group")) {
            throw new KafkaOperationException(consumer.error());
        }
        throw new GroupNotFoundException(groupId);
    }

    /**
     * Like {@link #describeAny}, but a group the cluster does not know yet is an empty classic group: committing
     * offsets for it creates it, which is how a new consumer is made to start at a chosen point.
     */
    DescribedGroup describeOrNew(String groupId, Deadline deadline) {
        try {
            return describeAny(groupId, deadline);
        } catch (GroupNotFoundException e) {
            return new DescribedGroup(groupId, GroupType.CLASSIC, "Empty", "", "", null, List.of(), null);
        }
    }

    GroupDetail describe(String groupId, Deadline deadline) {
        DescribedGroup group = describeAny(groupId, deadline);
        Map<PartitionRef, Long> committed = committed(group, deadline);
        Set<String> topics = new TreeSet<>();
        committed.keySet().forEach(p -> topics.add(p.topic()));
        group.members().forEach(m -> m.assignment().forEach(p -> topics.add(p.topic())));
        Set<PartitionRef> partitions = new TreeSet<>(committed.keySet());
        partitions.addAll(allPartitions(topics, deadline));
        Map<PartitionRef, GroupMember> owners = new HashMap<>();
        group.members().forEach(m -> m.assignment().forEach(p -> owners.put(p, m)));
        partitions.addAll(owners.keySet());
        Map<PartitionRef, Long> ends = offsets.ends(partitions, deadline);
        List<PartitionLag> rows = partitions.stream()
                .map(p -> PartitionLag.of(p, committed.get(p), ends.get(p), owners.get(p))).toList();
        return new GroupDetail(group.groupId(), group.type(), group.state(), group.protocolType(), group.assignor(),
                group.coordinator(), group.members(), rows);
    }

    Map<PartitionRef, Long> committed(DescribedGroup group, Deadline deadline) {
        List<String> id = List.of(group.groupId());
        OffsetReader.Committed committed = group.type() == GroupType.SHARE ? offsets.shareStartOffsets(id, deadline)
                : group.type() == GroupType.STREAMS ? offsets.committedStreams(id, deadline)
                : offsets.committed(id, deadline);
        String error = committed.errors().get(group.groupId());
        if (error != null) {
            throw new KafkaOperationException(error);
        }
        return committed.of(group.groupId());
    }

    /** Every partition of the topics that still exist; deleted topics are skipped (their commits still show). */
    Set<PartitionRef> allPartitions(Collection<String> topics, Deadline deadline) {
        Set<PartitionRef> result = new TreeSet<>();
        if (topics.isEmpty()) {
            return result;
        }
        var futures = admin.describeTopics(topics, new DescribeTopicsOptions().timeoutMs(deadline.remainingMs()))
                .topicNameValues();
        for (String topic : topics) {
            try {
                TopicDescription d = Futures.get(futures.get(topic), deadline.remaining(), "describe topic " + topic);
                d.partitions().forEach(p -> result.add(new PartitionRef(topic, p.partition())));
            } catch (KafkaOperationException e) {
                // Deleted since the group committed on it: only its committed partitions are shown.
            }
        }
        return result;
    }

    /** Partitions of one existing topic, for offset resets on chosen topics. */
    Set<PartitionRef> partitionsOf(String topic, Deadline deadline) {
        var future = admin.describeTopics(List.of(topic), new DescribeTopicsOptions().timeoutMs(deadline.remainingMs()))
                .topicNameValues().get(topic);
        TopicDescription d = Futures.get(future, deadline.remaining(), "describe topic " + topic);
        Set<PartitionRef> result = new TreeSet<>();
        d.partitions().forEach(p -> result.add(new PartitionRef(topic, p.partition())));
        return result;
    }
}
