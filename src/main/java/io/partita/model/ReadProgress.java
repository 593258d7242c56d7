package io.partita.model;

import java.util.List;

/**
 * Where a browse stands: per partition, the offsets it started from, reached and will stop at.
 *
 * @param read    records handed out so far
 * @param failed  of those, records whose key or value could not be decoded
 * @param notes   things the user should know about the range ("no committed offset on partition 5: …")
 */
public record ReadProgress(String topic, List<PartitionRange> partitions, long read, long failed, boolean finished,
                           List<String> notes) {

    public ReadProgress {
        partitions = List.copyOf(partitions);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /**
     * @param start    first offset read
     * @param position next offset to read
     * @param stop     offset the partition stops at (exclusive), -1 for a live tail
     * @param end      the partition's end offset when the browse started
     */
    public record PartitionRange(int partition, long start, long position, long stop, long end) {

        public boolean done() {
            return stop >= 0 && position >= stop;
        }
    }
}
