package io.partita.model;

/**
 * Names one lag series: a group's total ({@code topic} and {@code partition} null), one topic of the group
 * ({@code partition} null) or one partition.
 */
public record SeriesKey(String group, String topic, Integer partition) {

    public SeriesKey {
        if (topic == null && partition != null) {
            throw new IllegalArgumentException("a partition series needs its topic");
        }
    }

    public static SeriesKey total(String group) {
        return new SeriesKey(group, null, null);
    }

    public static SeriesKey topic(String group, String topic) {
        return new SeriesKey(group, topic, null);
    }

    public static SeriesKey partition(String group, PartitionRef ref) {
        return new SeriesKey(group, ref.topic(), ref.partition());
    }

    public boolean isTotal() {
        return topic == null;
    }

    /** "orders-app", "orders-app / demo.orders", "orders-app / demo.orders-3". */
    public String label() {
        if (topic == null) {
            return group;
        }
        return group + " / " + topic + (partition == null ? "" : "-" + partition);
    }
}
