package io.partita.model;

/** A config name a user may set, with Kafka's own description of it (may be empty). */
public record ConfigKey(String name, String documentation) {
}
