package io.partita.kafka;

import io.partita.model.GroupType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.DescribeConsumerGroupsOptions;
import org.apache.kafka.clients.admin.DescribeShareGroupsOptions;
import org.apache.kafka.clients.admin.DescribeStreamsGroupsOptions;
import org.apache.kafka.clients.admin.ShareGroupDescription;
import org.apache.kafka.clients.admin.StreamsGroupDescription;
import org.apache.kafka.common.KafkaFuture;

/**
 * Describes many groups with one request per group kind (the admin client batches them per coordinator). A group
 * that fails to describe gets its error as a value; the others are still returned. Synchronous, bounded.
 */
final class GroupDescriber {

    private final Admin admin;

    GroupDescriber(Admin admin) {
        this.admin = admin;
    }

    /** Describes consumer-protocol groups (classic and consumer); results in the order asked. */
    Map<String, DescribedGroup> consumerGroups(Collection<String> ids, Deadline deadline) {
        return consumerGroupsLater(ids, deadline).get();
    }

    /** Sends the request now; the supplier waits for the answers (so other requests can fly meanwhile). */
    Supplier<Map<String, DescribedGroup>> consumerGroupsLater(Collection<String> ids, Deadline deadline) {
        if (ids.isEmpty()) {
            return Map::of;
        }
        var result = admin.describeConsumerGroups(ids, new DescribeConsumerGroupsOptions().timeoutMs(deadline.remainingMs())).describedGroups();
        return () -> {
            Map<String, DescribedGroup> described = new LinkedHashMap<>();
            for (String id : ids) {
                described.put(id, await(id, result.get(id), deadline, GroupDescriber::consumer));
            }
            return described;
        };
    }

    Map<String, DescribedGroup> shareGroups(Collection<String> ids, Deadline deadline) {
        return shareGroupsLater(ids, deadline).get();
    }

    /** Sends the request now; the supplier waits for the answers (so other requests can fly meanwhile). */
    Supplier<Map<String, DescribedGroup>> shareGroupsLater(Collection<String> ids, Deadline deadline) {
        if (ids.isEmpty()) {
            return Map::of;
        }
        var result = admin.describeShareGroups(ids, new DescribeShareGroupsOptions().timeoutMs(deadline.remainingMs())).describedGroups();
        return () -> {
            Map<String, DescribedGroup> described = new LinkedHashMap<>();
            for (String id : ids) {
                described.put(id, await(id, result.get(id), deadline, GroupDescriber::share));
            }
            return described;
        };
    }

    Map<String, DescribedGroup> streamsGroups(Collection<String> ids, Deadline deadline) {
        return streamsGroupsLater(ids, deadline).get();
    }

    /** Sends the request now; the supplier waits for the answers (so other requests can fly meanwhile). */
    Supplier<Map<String, DescribedGroup>> streamsGroupsLater(Collection<String> ids, Deadline deadline) {
        if (ids.isEmpty()) {
            return Map::of;
        }
        var result = admin.describeStreamsGroups(ids, new DescribeStreamsGroupsOptions().timeoutMs(deadline.remainingMs())).describedGroups();
        return () -> {
            Map<String, DescribedGroup> described = new LinkedHashMap<>();
            for (String id : ids) {
                described.put(id, await(id, result.get(id), deadline, GroupDescriber::streams));
            }
            return described;
        };
    }

    private static <D> DescribedGroup await(String id, KafkaFuture<D> future, Deadline deadline,
                                            java.util.function.Function<D, DescribedGroup> map) {
        try {
            return map.apply(Futures.get(future, deadline.remaining(), "describe group " + id));
        } catch (KafkaOperationException e) {
            return DescribedGroup.failed(id, GroupType.UNKNOWN, "Unknown", "", e.getMessage());
        }
    }

    private static DescribedGroup consumer(ConsumerGroupDescription d) {
        // A simple group (offsets committed by assign() users) has no protocol type; the others say "consumer".
        String protocolType = d.isSimpleConsumerGroup() ? "" : "consumer";
        return new DescribedGroup(d.groupId(), GroupMapping.type(d.type()), GroupMapping.state(d.groupState()),
                protocolType, d.partitionAssignor() == null ? "" : d.partitionAssignor(),
                GroupMapping.node(d.coordinator()), d.members().stream().map(GroupMapping::member).toList(), null);
    }

    private static DescribedGroup share(ShareGroupDescription d) {
        return new DescribedGroup(d.groupId(), GroupType.SHARE, GroupMapping.state(d.groupState()), "share", "",
                GroupMapping.node(d.coordinator()), d.members().stream().map(GroupMapping::member).toList(), null);
    }

    private static DescribedGroup streams(StreamsGroupDescription d) {
        List<io.partita.model.GroupMember> members = new ArrayList<>();
        d.members().forEach(m -> members.add(new io.partita.model.GroupMember(m.memberId(),
                m.instanceId().orElse(null), m.clientId(), m.clientHost(), List.of())));
        return new DescribedGroup(d.groupId(), GroupType.STREAMS, GroupMapping.state(d.groupState()), "streams", "",
                GroupMapping.node(d.coordinator()), members, null);
    }
}
