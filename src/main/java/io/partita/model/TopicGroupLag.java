package io.partita.model;

import java.util.List;

/**
 * Consumer groups seen from one topic: which groups have offsets on it and the worst of their lags.
 *
 * @param groups      ids of the groups with committed offsets on the topic, sorted
 * @param maxLag      the largest per-group lag on the topic (each group's lag summed over its partitions);
 *                    null when no group has committed on it
 * @param maxLagGroup the group with {@code maxLag}, null when none
 */
public record TopicGroupLag(String topic, List<String> groups, Long maxLag, String maxLagGroup) {

    public TopicGroupLag {
        groups = List.copyOf(groups);
    }

    public int groupCount() {
        return groups.size();
    }
}
