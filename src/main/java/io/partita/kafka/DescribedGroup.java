package io.partita.kafka;

import io.partita.model.BrokerNode;
import io.partita.model.GroupMember;
import io.partita.model.GroupType;
import java.util.List;

/**
 * What describing a group told us, before offsets are added.
 *
 * @param error why the group could not be described, null when it was
 */
record DescribedGroup(String groupId, GroupType type, String state, String protocolType, String assignor,
                      BrokerNode coordinator, List<GroupMember> members, String error) {

    static DescribedGroup failed(String groupId, GroupType type, String state, String protocolType, String error) {
        return new DescribedGroup(groupId, type, state, protocolType, "", null, null, error);
    }

    boolean exists() {
        return error == null && !"Dead".equals(state);
    }
}
