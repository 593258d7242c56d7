package io.partita.model;

/** A group's committed offset and the log end of one partition, read in the same sample. */
public record OffsetPair(long committed, long end) {

    public long lag() {
        return Math.max(0L, end - committed);
    }
}
