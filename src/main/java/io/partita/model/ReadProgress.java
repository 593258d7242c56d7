package io.partita.model;

import java.util.List;

/**
 * Where a browse or search stands: per partition, the offsets it started from, reached and will stop at.
 *
 * @param read    records scanned so far (decoded and, in a search, tested against the filter)
 * @param matched of those, records handed out: all of them in a browse, the matches in a search
 * @param failed  of the scanned records, those whose key or value could not be decoded
 * @param notes   things the user should know about the range ("no committed offset on partition 5: …")
 */
public record ReadProgress(String topic, List<PartitionRange> partitions, long read, long matched, long failed,
                           boolean finished, List<String> notes) {

    public ReadProgress {
        partitions = List.copyOf(partitions);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A browse without a filter: every record read is handed out. */
    public ReadProgress(String topic, List<PartitionRange> partitions, long read, long failed, boolean finished,
                        List<String> notes) {
        this(topic, partitions, read, read, failed, finished, notes);
    }

    /** Records still to scan over the partitions with a stop offset; -1 when one of them is a live tail. */
    public long remaining() {
        long sum = 0;
        for (PartitionRange p : partitions) {
            if (p.stop() < 0) {
                return -1;
            }
            sum += Math.max(0, p.stop() - p.position());
        }
        return sum;
    }

    /**
     * @param start    first offset read
     * @param position next offset to read
     * @param stop     offset the partition stops at (exclusive), -1 for a live tail
     * @param end      the partition's end offset when the browse started
     * @param matched  records of this partition handed out so far
     */
    public record PartitionRange(int partition, long start, long position, long stop, long end, long matched) {

        public PartitionRange(int partition, long start, long position, long stop, long end) {
            this(partition, start, position, stop, end, 0);
        }

        public boolean done() {
            return stop >= 0 && position >= stop;
        }

        /** Offsets passed so far (records, transaction markers and compacted gaps alike). */
        public long scanned() {
            return Math.max(0, position - start);
        }

        /** Offsets to pass in all; -1 for a live tail. */
        public long total() {
            return stop < 0 ? -1 : Math.max(0, stop - start);
        }
    }
}
