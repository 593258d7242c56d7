package io.partita.model;

import java.util.Comparator;

/** A topic partition by name and number; sorts by topic, then partition. */
public record PartitionRef(String topic, int partition) implements Comparable<PartitionRef> {

    private static final Comparator<PartitionRef> ORDER =
            Comparator.comparing(PartitionRef::topic).thenComparingInt(PartitionRef::partition);

    @Override
    public int compareTo(PartitionRef other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return topic + "-" + partition;
    }
}
