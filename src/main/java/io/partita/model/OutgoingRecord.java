package io.partita.model;

import java.util.List;

/**
 * A record ready for the producer: bytes only. Arrays are not copied (records are built and sent at once).
 *
 * @param partition fixed partition or null for the partitioner
 * @param timestamp create time in epoch milliseconds, null to let the producer stamp it (an import keeps the
 *                  original's)
 * @param key       null for no key
 * @param value     null for a tombstone
 */
public record OutgoingRecord(String topic, Integer partition, Long timestamp, byte[] key, byte[] value,
                             List<Header> headers) {

    public OutgoingRecord {
        headers = headers == null ? List.of() : List.copyOf(headers);
    }

    /** A record whose timestamp the producer sets (the usual case). */
    public OutgoingRecord(String topic, Integer partition, byte[] key, byte[] value, List<Header> headers) {
        this(topic, partition, null, key, value, headers);
    }

    /** One header; the value may be null. */
    public record Header(String key, byte[] value) {
    }

    /** Serialized size the broker will roughly see (key + value + headers), for progress and limits. */
    public int approximateSize() {
        int size = (key == null ? 0 : key.length) + (value == null ? 0 : value.length);
        for (Header h : headers) {
            size += h.key().length() + (h.value() == null ? 0 : h.value().length);
        }
        return size;
    }
}
