package io.partita.model;

import java.util.Map;

/** What the create-topic dialog and {@code partita topics create} ask for. */
public record NewTopic(String name, int partitions, short replicationFactor, Map<String, String> configs) {

    public NewTopic {
        configs = configs == null ? Map.of() : Map.copyOf(configs);
    }
}
