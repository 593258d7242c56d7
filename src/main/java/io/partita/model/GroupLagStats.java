package io.partita.model;

/**
 * A group's lag at one sample with the rates around it.
 *
 * @param totalLag    null when the group has committed nothing
 * @param consumeRate committed offsets per second over the rate window; null until two samples exist
 * @param produceRate log-end offsets per second on the same partitions; null until two samples exist
 */
public record GroupLagStats(
        String group,
        long timeMillis,
        Long totalLag,
        Double consumeRate,
        Double produceRate,
        CatchUp catchUp,
        int partitions) {
}
