package io.partita.kafka;

/** The cluster knows no group by that id (or it has been deleted). */
public final class GroupNotFoundException extends KafkaOperationException {

    private static final long serialVersionUID = 1L;

    GroupNotFoundException(String groupId) {
        super("no consumer group named '" + groupId + "' on this cluster");
    }
}
