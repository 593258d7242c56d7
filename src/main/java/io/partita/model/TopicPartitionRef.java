package io.partita.model;

/** A partition of a topic, by name; prints as Kafka does ({@code orders-3}). */
public record TopicPartitionRef(String topic, int partition) {

    @Override
    public String toString() {
        return topic + "-" + partition;
    }
}
