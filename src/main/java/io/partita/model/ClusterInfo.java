package io.partita.model;

import java.util.List;

/**
 * What "cluster info" shows: identity, brokers and partition health.
 *
 * @param controller the active controller as reported to clients, null if none is known
 */
public record ClusterInfo(
        String clusterId,
        BrokerNode controller,
        List<BrokerNode> brokers,
        int topics,
        int partitions,
        int underReplicated,
        int offline) {

    public ClusterInfo {
        brokers = List.copyOf(brokers);
    }
}
