package io.partita.model;

/**
 * One row of the topics list.
 *
 * @param messages  sum over partitions of (latest − earliest offset); null until offsets are known
 * @param sizeBytes bytes on disk summed over all replicas (describeLogDirs); null until known or when not allowed
 */
public record TopicSummary(
        String name,
        boolean internal,
        int partitions,
        int replicationFactor,
        int underReplicated,
        int offline,
        Long messages,
        Long sizeBytes) {

    public TopicSummary withSize(Long bytes) {
        return new TopicSummary(name, internal, partitions, replicationFactor, underReplicated, offline, messages, bytes);
    }
}
