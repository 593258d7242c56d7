package io.partita.kafka;

import io.partita.model.GroupType;

/** A group as the listing reports it, before it is described. */
record ListedGroup(String groupId, GroupType type, String state, String protocolType) {

    /** How the group is described and where its offsets live. */
    enum Kind { CONSUMER, SHARE, STREAMS, OTHER }

    Kind kind() {
        return switch (type) {
            case SHARE -> Kind.SHARE;
            case STREAMS -> Kind.STREAMS;
            // Classic groups of other protocols (Kafka Connect workers, …) are neither consumers nor commit offsets.
            case CLASSIC, UNKNOWN -> protocolType.isEmpty() || "consumer".equals(protocolType)
                    ? Kind.CONSUMER : Kind.OTHER;
            case CONSUMER -> Kind.CONSUMER;
        };
    }
}
