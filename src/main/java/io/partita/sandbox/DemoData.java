package io.partita.sandbox;

import io.partita.schema.SchemaRegistryClient;
import java.time.Duration;

/**
 * Loads the demo topics into a fresh sandbox: {@code demo.orders} (6 partitions, Avro via the registry),
 * {@code demo.events} (JSON), {@code demo.text} (strings with keys and headers) and the consumer group
 * {@code demo.consumers} with committed offsets on part of {@code demo.orders}.
 */
public final class DemoData {

    private DemoData() {
    }

    /** @param registry null when the sandbox runs without a registry (then demo.orders is skipped) */
    public static void load(String bootstrapServers, SchemaRegistryClient registry, Duration timeout) {
        throw new UnsupportedOperationException("demo data: work in progress");
    }
}
