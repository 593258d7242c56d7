package io.partita.model;

/**
 * The records of one send, built on demand so a bulk run of a million copies is never held in memory.
 * {@link #record} is called on the sending thread, once per index, in order; it throws
 * {@link IllegalArgumentException} (message naming the field) when copy {@code index} cannot be encoded.
 */
public interface RecordSource {

    String topic();

    long count();

    OutgoingRecord record(long index);
}
