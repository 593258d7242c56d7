package io.partita.kafka;

import io.partita.model.GroupType;
import io.partita.model.OffsetResetPlan;
import io.partita.model.OffsetResetRow;
import io.partita.model.OffsetResetSpec;
import io.partita.model.OffsetResets;
import io.partita.model.PartitionOffsets;
import io.partita.model.PartitionRef;
import io.partita.model.ResetScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.DeleteConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.DeleteConsumerGroupsOptions;
import org.apache.kafka.clients.admin.DeleteShareGroupsOptions;
import org.apache.kafka.clients.admin.DeleteStreamsGroupsOptions;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupSubscribedToTopicException;

/**
 * Offset resets (plan, then execute), group deletion and deleting a group's offsets for a topic. Refuses changes
 * while a group has members, with a message that says so, before Kafka answers with a terse error.
 * Mutating methods check the {@link MutationGuard} first. Synchronous, bounded; background threads only.
 */
final class GroupMutations {

    private final Admin admin;
    private final MutationGuard guard;
    private final GroupInspector inspector;
    private final OffsetReader offsets;

    GroupMutations(Admin admin, MutationGuard guard) {
        this.admin = admin;
        this.guard = guard;
        this.inspector = new GroupInspector(admin);
        this.offsets = new OffsetReader(admin);
    }

    /** A dry run: reads only. Planning is allowed on read-only profiles and while members are active. */
    OffsetResetPlan plan(String groupId, OffsetResetSpec spec, ResetScope scope, Deadline deadline) {
        DescribedGroup group = inspector.describeOrNew(groupId, deadline);
        Map<PartitionRef, Long> committed = inspector.committed(group, deadline);
        Set<PartitionRef> partitions = partitionsInScope(group.groupId(), scope, committed, deadline);
        Map<PartitionRef, Long> earliest = offsets.earliest(partitions, deadline);
        Map<PartitionRef, Long> ends = offsets.ends(partitions, deadline);
        Map<PartitionRef, Long> atTime = spec instanceof OffsetResetSpec.ToTimestamp t
                ? offsets.atTimestamp(partitions, t.at().toEpochMilli(), deadline) : Map.of();
        List<PartitionOffsets> inputs = new ArrayList<>();
        for (PartitionRef p : partitions) {
            if (!earliest.containsKey(p) || !ends.containsKey(p)) {
                throw new KafkaOperationException("cannot read the offsets of " + p + " (is it offline?)");
            }
            inputs.add(new PartitionOffsets(p, committed.get(p), earliest.get(p), ends.get(p), atTime.get(p)));
        }
        return OffsetResets.plan(group.groupId(), group.state(), group.members().size(), spec, scope, inputs);
    }

    /**
     * All scope: every partition of every topic the group has committed on. Chosen topics: their partitions,
     * checked to exist, so a typo is an error and not an empty plan.
     */
    private Set<PartitionRef> partitionsInScope(String groupId, ResetScope scope, Map<PartitionRef, Long> committed,
                                                Deadline deadline) {
        if (scope.isAllTopics()) {
            Set<String> topics = new TreeSet<>();
            committed.keySet().forEach(p -> topics.add(p.topic()));
            if (topics.isEmpty()) {
                throw new IllegalArgumentException("group " + groupId + " has no committed offsets: name the topics "
                        + "to reset");
            }
            Set<PartitionRef> all = new TreeSet<>(committed.keySet());
            all.addAll(inspector.allPartitions(topics, deadline));
            return all;
        }
        Set<PartitionRef> chosen = new TreeSet<>();
        scope.topics().forEach((topic, wanted) -> {
            Set<PartitionRef> existing = inspector.partitionsOf(topic, deadline);
            for (int p : wanted) {
                if (!existing.contains(new PartitionRef(topic, p))) {
                    throw new IllegalArgumentException("topic " + topic + " has no partition " + p + " (it has "
                            + existing.size() + ")");
                }
            }
            existing.stream().filter(scope::includes).forEach(chosen::add);
        });
        return chosen;
    }

    /** Commits the plan's offsets; refused while the group has members. @return partitions committed */
    int execute(OffsetResetPlan plan, Deadline deadline) {
        guard.check("reset offsets");
        if (plan.rows().isEmpty()) {
            throw new IllegalArgumentException("the plan resets no partition: nothing to do");
        }
        DescribedGroup group = inspector.describeOrNew(plan.groupId(), deadline);
        requireEmpty(group, "reset offsets");
        String what = "reset offsets of group " + plan.groupId();
        if (group.type() == GroupType.SHARE) {
            Map<TopicPartition, Long> share = new HashMap<>();
            plan.rows().forEach(r -> share.put(GroupMapping.tp(r.ref()), r.newOffset()));
            Futures.get(admin.alterShareGroupOffsets(plan.groupId(), share).all(), deadline.remaining(), what);
            return share.size();
        }
        Map<TopicPartition, OffsetAndMetadata> request = new HashMap<>();
        for (OffsetResetRow row : plan.rows()) {
            request.put(GroupMapping.tp(row.ref()), new OffsetAndMetadata(row.newOffset()));
        }
        var options = new AlterConsumerGroupOffsetsOptions().timeoutMs(deadline.remainingMs());
        var result = group.type() == GroupType.STREAMS
                ? admin.alterStreamsGroupOffsets(plan.groupId(), request).all()
                : admin.alterConsumerGroupOffsets(plan.groupId(), request, options).all();
        Futures.get(result, deadline.remaining(), what);
        return request.size();
    }

    void delete(String groupId, Deadline deadline) {
        guard.check("delete group");
        DescribedGroup group = inspector.describeAny(groupId, deadline);
        requireEmpty(group, "delete the group");
        String what = "delete group " + groupId;
        var result = switch (group.type()) {
            case SHARE -> admin.deleteShareGroups(List.of(groupId),
                    new DeleteShareGroupsOptions().timeoutMs(deadline.remainingMs())).all();
            case STREAMS -> admin.deleteStreamsGroups(List.of(groupId),
                    new DeleteStreamsGroupsOptions().timeoutMs(deadline.remainingMs())).all();
            default -> admin.deleteConsumerGroups(List.of(groupId),
                    new DeleteConsumerGroupsOptions().timeoutMs(deadline.remainingMs())).all();
        };
        Futures.get(result, deadline.remaining(), what);
    }

    /** Forgets the group's committed offsets on one topic. @return partitions whose offsets were deleted */
    int deleteOffsets(String groupId, String topic, Deadline deadline) {
        guard.check("delete offsets");
        DescribedGroup group = inspector.describeAny(groupId, deadline);
        Set<TopicPartition> partitions = new java.util.HashSet<>();
        inspector.committed(group, deadline).keySet().stream().filter(p -> p.topic().equals(topic))
                .forEach(p -> partitions.add(GroupMapping.tp(p)));
        if (partitions.isEmpty()) {
            throw new IllegalArgumentException("group " + groupId + " has no committed offsets on topic " + topic);
        }
        String what = "delete the offsets of group " + groupId + " on " + topic;
        try {
            var result = group.type() == GroupType.SHARE
                    ? admin.deleteShareGroupOffsets(groupId, Set.of(topic)).all()
                    : group.type() == GroupType.STREAMS
                    ? admin.deleteStreamsGroupOffsets(groupId, partitions).all()
                    : admin.deleteConsumerGroupOffsets(groupId, partitions,
                            new DeleteConsumerGroupOffsetsOptions().timeoutMs(deadline.remainingMs())).all();
            Futures.get(result, deadline.remaining(), what);
        } catch (KafkaOperationException e) {
            if (e.getCause() instanceof GroupSubscribedToTopicException) {
                throw new KafkaOperationException(what + ": its active members are subscribed to " + topic
                        + "; stop them first (they would commit again)", e.getCause());
            }
            throw e;
        }
        return partitions.size();
    }

    private static void requireEmpty(DescribedGroup group, String operation) {
        if (!group.members().isEmpty()) {
            throw new GroupActiveException(group.groupId(), group.state(), group.members().size(), operation);
        }
    }
}
