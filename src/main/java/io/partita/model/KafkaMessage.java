package io.partita.model;

import java.time.Instant;
import java.util.List;

/**
 * One record as read from a partition: raw key and value bytes (decoded later, never here), headers and metadata.
 * The byte arrays are shared, not copied: nobody may modify them.
 *
 * @param key       null for a record without a key
 * @param value     null for a tombstone
 * @param timestamp milliseconds since the epoch, -1 when the record has none
 */
public record KafkaMessage(
        String topic,
        int partition,
        long offset,
        long timestamp,
        TimestampType timestampType,
        byte[] key,
        byte[] value,
        List<MessageHeader> headers) {

    public KafkaMessage {
        headers = headers == null ? List.of() : List.copyOf(headers);
        timestampType = timestampType == null ? TimestampType.NONE : timestampType;
    }

    /** Where a record's timestamp comes from. */
    public enum TimestampType {
        /** Set by the producer. */
        CREATE_TIME,
        /** Set by the broker when it appended the record. */
        LOG_APPEND_TIME,
        NONE
    }

    /** The timestamp as an instant; null when the record has none. */
    public Instant instant() {
        return timestamp < 0 ? null : Instant.ofEpochMilli(timestamp);
    }

    /** Key size in bytes, -1 when there is no key. */
    public int keySize() {
        return key == null ? -1 : key.length;
    }

    /** Value size in bytes, -1 for a tombstone. */
    public int valueSize() {
        return value == null ? -1 : value.length;
    }

    /** Key, value and header bytes: what the record costs to hold in memory, roughly. */
    public long payloadBytes() {
        long size = Math.max(0, keySize()) + Math.max(0, valueSize());
        for (MessageHeader header : headers) {
            size += header.key().length() + (header.value() == null ? 0 : header.value().length);
        }
        return size;
    }

    @Override
    public String toString() {
        return "KafkaMessage[" + topic + "-" + partition + "@" + offset + ", key " + keySize() + " B, value "
                + valueSize() + " B, " + headers.size() + " headers]";
    }
}
