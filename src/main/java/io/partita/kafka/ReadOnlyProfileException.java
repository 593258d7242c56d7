package io.partita.kafka;

/** A mutating operation was refused because the profile is read-only. */
public class ReadOnlyProfileException extends KafkaOperationException {

    private static final long serialVersionUID = 1L;

    public ReadOnlyProfileException(String profile, String operation) {
        super("profile '" + profile + "' is read-only: " + operation + " refused");
    }
}
