package io.partita.schema;

import java.util.Locale;

/**
 * Which implementation of the Confluent API answers. Only needed where their answers mean different things;
 * see {@link HttpSchemaRegistryClient} for the list of differences.
 */
public enum RegistryFlavor {
    /** Confluent Schema Registry and registries that copy its behaviour (Karapace, Redpanda). */
    CONFLUENT,
    /** Apicurio Registry's {@code /apis/ccompat/v7} (tested with 3.0.9). */
    APICURIO;

    /** Apicurio serves the Confluent API under {@code /apis/ccompat/}, a path no other registry uses. */
    public static RegistryFlavor of(String baseUrl) {
        return baseUrl.toLowerCase(Locale.ROOT).contains("/apis/ccompat/") ? APICURIO : CONFLUENT;
    }
}
