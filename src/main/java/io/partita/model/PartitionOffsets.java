package io.partita.model;

/**
 * What an offset reset plan needs to know about one partition.
 *
 * @param committed   the group's committed offset, null when none
 * @param earliest    the log-start offset
 * @param end         the log-end offset
 * @param atTimestamp the first offset at or after the reset's timestamp, null when there is no such record
 *                    (or the reset is not by timestamp)
 */
public record PartitionOffsets(PartitionRef ref, Long committed, long earliest, long end, Long atTimestamp) {
}
