package io.partita.model;

import java.util.Locale;

/** What kind of group the broker reports: the classic protocol, the KIP-848 consumer protocol, share or streams. */
public enum GroupType {
    CLASSIC, CONSUMER, SHARE, STREAMS, UNKNOWN;

    /** Lower-case name as Kafka's own tools print it ("classic", "consumer" ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Groups that commit offsets the consumer way, so lag and offset resets apply. */
    public boolean commitsOffsets() {
        return this == CLASSIC || this == CONSUMER || this == UNKNOWN;
    }
}
