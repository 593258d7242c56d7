package io.partita.model;

import java.util.Map;

/**
 * One reading of every watched group: per group, the partitions it has committed on with their log ends.
 * A group that has committed nothing (or could not be read) maps to an empty map.
 *
 * @param timeMillis when the end offsets were read (epoch millis)
 */
public record LagSample(long timeMillis, Map<String, Map<PartitionRef, OffsetPair>> groups) {

    public LagSample {
        groups = Map.copyOf(groups);
    }

    public Map<PartitionRef, OffsetPair> group(String group) {
        return groups.getOrDefault(group, Map.of());
    }
}
