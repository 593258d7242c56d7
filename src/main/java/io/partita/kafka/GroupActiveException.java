package io.partita.kafka;

/** Refusal to change a group's offsets (or delete it) while consumers are in it; the message says what to do. */
public final class GroupActiveException extends KafkaOperationException {

    private static final long serialVersionUID = 1L;

    private final int members;

    GroupActiveException(String groupId, String state, int members, String operation) {
        super("cannot " + operation + ": group " + groupId + " has " + members + " active member"
                + (members == 1 ? "" : "s") + " (state " + state + "). Stop its consumers first; "
                + "offsets can only be changed while the group is empty");
        this.members = members;
    }

    public int members() {
        return members;
    }
}
