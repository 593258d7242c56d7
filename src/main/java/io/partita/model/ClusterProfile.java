package io.partita.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * A saved cluster connection. Immutable: editors copy it into properties and build a new one on save.
 * Secrets are never part of a profile.
 *
 * @param bootstrapServers comma separated host:port list
 * @param clientProperties extra Kafka client properties, passed through to admin, consumer and producer
 * @param readOnly when true every mutating operation is refused in the service layer
 * @param color    a CSS colour tag shown next to the profile name (e.g. {@code #e5534b}), or null
 */
public record ClusterProfile(
        String name,
        String bootstrapServers,
        SecurityConfig security,
        Map<String, String> clientProperties,
        RegistryConfig registry,
        boolean readOnly,
        String color) {

    public ClusterProfile {
        name = name == null ? "" : name.strip();
        bootstrapServers = bootstrapServers == null ? "" : bootstrapServers.strip();
        security = security == null ? SecurityConfig.plaintext() : security;
        clientProperties = clientProperties == null ? Map.of() : Map.copyOf(new TreeMap<>(clientProperties));
        registry = registry == null ? RegistryConfig.none() : registry;
    }

    /** A plaintext profile with an optional registry: the common local case. */
    public static ClusterProfile simple(String name, String bootstrapServers, String registryUrl) {
        return new ClusterProfile(name, bootstrapServers, SecurityConfig.plaintext(), Map.of(),
                RegistryConfig.of(registryUrl), false, null);
    }

    public ClusterProfile withName(String newName) {
        return new ClusterProfile(newName, bootstrapServers, security, clientProperties, registry, readOnly, color);
    }
}
