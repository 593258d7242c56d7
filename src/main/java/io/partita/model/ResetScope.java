package io.partita.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which partitions an offset reset touches: every topic the group has committed offsets for, or chosen topics
 * (all their partitions, or only the partitions listed).
 *
 * @param topics topic → chosen partitions; an empty set means every partition of the topic. Empty map = all topics.
 */
public record ResetScope(Map<String, Set<Integer>> topics) {

    public ResetScope {
        Map<String, Set<Integer>> copy = new TreeMap<>();
        topics.forEach((t, ps) -> copy.put(t, Set.copyOf(new TreeSet<>(ps))));
        topics = java.util.Collections.unmodifiableMap(copy);
    }

    public static ResetScope allTopics() {
        return new ResetScope(Map.of());
    }

    /** Every partition of each topic. */
    public static ResetScope ofTopics(List<String> topics) {
        Map<String, Set<Integer>> map = new TreeMap<>();
        topics.forEach(t -> map.put(t, Set.of()));
        return new ResetScope(map);
    }

    public boolean isAllTopics() {
        return topics.isEmpty();
    }

    /** Whether the scope includes this partition (for the all-topics scope: any partition). */
    public boolean includes(PartitionRef ref) {
        if (isAllTopics()) {
            return true;
        }
        Set<Integer> chosen = topics.get(ref.topic());
        return chosen != null && (chosen.isEmpty() || chosen.contains(ref.partition()));
    }

    public String describe() {
        if (isAllTopics()) {
            return "all topics with committed offsets";
        }
        StringBuilder text = new StringBuilder();
        topics.forEach((t, ps) -> text.append(text.length() == 0 ? "" : ", ").append(t)
                .append(ps.isEmpty() ? "" : ":" + new TreeSet<>(ps).toString().replaceAll("[\\[\\] ]", "")));
        return text.toString();
    }
}
