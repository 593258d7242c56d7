package io.partita.model;

/**
 * Schema registry of a profile. Passwords, tokens and store passwords are secrets ({@link SecretKind#REGISTRY_PASSWORD},
 * {@link SecretKind#REGISTRY_TOKEN}, {@link SecretKind#REGISTRY_TRUSTSTORE_PASSWORD},
 * {@link SecretKind#REGISTRY_KEYSTORE_PASSWORD}) and are not part of this record.
 * The TLS fields were added after the first profile format: profiles written before them read as null (the JVM's
 * default trust, no client certificate), and older Partita versions ignore them.
 *
 * @param url            base URL of the Confluent-compatible API, e.g. {@code http://host:8081} or
 *                       {@code http://host:8080/apis/ccompat/v7}; null or blank when the profile has no registry
 * @param truststorePath CA certificates to trust for an https:// registry (PKCS12, JKS or PEM); null for the JVM's
 * @param keystorePath   client certificate and key for mutual TLS (PKCS12 or JKS); null when none
 */
public record RegistryConfig(String url, RegistryAuth auth, String username, String truststorePath,
                             String truststoreType, String keystorePath, String keystoreType) {

    public RegistryConfig {
        url = blankToNull(url);
        auth = auth == null ? RegistryAuth.NONE : auth;
        truststorePath = blankToNull(truststorePath);
        truststoreType = truststorePath == null ? null : blankToNull(truststoreType);
        keystorePath = blankToNull(keystorePath);
        keystoreType = keystorePath == null ? null : blankToNull(keystoreType);
    }

    /** Without TLS settings: the JVM's default trust and no client certificate. */
    public RegistryConfig(String url, RegistryAuth auth, String username) {
        this(url, auth, username, null, null, null, null);
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

    /** The same registry with these TLS stores (null path = default trust / no client certificate). */
    public RegistryConfig withTls(String trustPath, String trustType, String keyPath, String keyType) {
        return new RegistryConfig(url, auth, username, trustPath, trustType, keyPath, keyType);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
