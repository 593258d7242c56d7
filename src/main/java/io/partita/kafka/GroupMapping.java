package io.partita.kafka;

import io.partita.model.BrokerNode;
import io.partita.model.GroupMember;
import io.partita.model.GroupType;
import io.partita.model.PartitionRef;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.ShareMemberDescription;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;

/** Kafka's group types to model records, at the edge of kafka/. */
final class GroupMapping {

    private GroupMapping() {
    }

    static GroupType type(Optional<org.apache.kafka.common.GroupType> type) {
        return type.map(GroupMapping::type).orElse(GroupType.UNKNOWN);
    }

    static GroupType type(org.apache.kafka.common.GroupType type) {
        if (type == null) {
            return GroupType.UNKNOWN;
        }
        return switch (type) {
            case CLASSIC -> GroupType.CLASSIC;
            case CONSUMER -> GroupType.CONSUMER;
            case SHARE -> GroupType.SHARE;
            case STREAMS -> GroupType.STREAMS;
            default -> GroupType.UNKNOWN;
        };
    }

    /** "Stable", "Empty", "PreparingRebalance" … as Kafka's tools print them. */
    static String state(GroupState state) {
        return state == null ? GroupState.UNKNOWN.toString() : state.toString();
    }

    static String state(Optional<GroupState> state) {
        return state(state.orElse(null));
    }

    static BrokerNode node(Node node) {
        if (node == null || node.isEmpty()) {
            return null;
        }
        return new BrokerNode(node.id(), node.host(), node.port(), node.hasRack() ? node.rack() : null);
    }

    static PartitionRef ref(TopicPartition tp) {
        return new PartitionRef(tp.topic(), tp.partition());
    }

    static TopicPartition tp(PartitionRef ref) {
        return new TopicPartition(ref.topic(), ref.partition());
    }

    static List<PartitionRef> refs(Collection<TopicPartition> partitions) {
        return partitions.stream().map(GroupMapping::ref).sorted().toList();
    }

    static GroupMember member(MemberDescription m) {
        return new GroupMember(m.consumerId(), m.groupInstanceId().orElse(null), m.clientId(), m.host(),
                m.assignment() == null ? List.of() : refs(m.assignment().topicPartitions()));
    }

    static GroupMember member(ShareMemberDescription m) {
        return new GroupMember(m.consumerId(), null, m.clientId(), m.host(),
                m.assignment() == null ? List.of() : refs(m.assignment().topicPartitions()));
    }
}
