package io.partita.model;

/** A record with its key and value decoded, each on its own (a text key with an Avro value is common). */
public record DecodedMessage(KafkaMessage message, DecodedValue key, DecodedValue value) {

    public boolean failed() {
        return key.failed() || value.failed();
    }
}
