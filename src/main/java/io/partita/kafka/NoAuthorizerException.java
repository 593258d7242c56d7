package io.partita.kafka;

/** The cluster has no authorizer, so it has no ACLs to show or change (Kafka's SecurityDisabledException). */
public class NoAuthorizerException extends KafkaOperationException {

    private static final long serialVersionUID = 1L;

    public NoAuthorizerException(Throwable cause) {
        super(KafkaErrors.NO_AUTHORIZER, cause);
    }
}
