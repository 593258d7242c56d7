package io.partita.kafka;

/** A Kafka call failed; the message is already phrased for people ("describe cluster: authentication failed ..."). */
public class KafkaOperationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KafkaOperationException(String message, Throwable cause) {
        super(message, cause);
    }

    public KafkaOperationException(String message) {
        super(message);
    }
}
