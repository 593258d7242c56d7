package io.partita.model;

/**
 * Schema registry of a profile. The password or token is a secret ({@link SecretKind#REGISTRY_PASSWORD},
 * {@link SecretKind#REGISTRY_TOKEN}) and is not part of this record.
 *
 * @param url base URL of the Confluent-compatible API, e.g. {@code http://host:8081} or
 *            {@code http://host:8080/apis/ccompat/v7}; null or blank when the profile has no registry
 */
public record RegistryConfig(String url, RegistryAuth auth, String username) {

    public RegistryConfig {
        url = url == null || url.isBlank() ? null : url.strip();
        auth = auth == null ? RegistryAuth.NONE : auth;
    }

    public static RegistryConfig none() {
        return new RegistryConfig(null, RegistryAuth.NONE, null);
    }

    public static RegistryConfig of(String url) {
        return new RegistryConfig(url, RegistryAuth.NONE, null);
    }

    public boolean isConfigured() {
        return url != null;
    }
}
