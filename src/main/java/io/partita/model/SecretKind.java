package io.partita.model;

/** The secrets a profile may need; stored apart from the profile, keyed by profile name and kind. */
public enum SecretKind {
    SASL_PASSWORD,
    TRUSTSTORE_PASSWORD,
    KEYSTORE_PASSWORD,
    KEY_PASSWORD,
    OAUTH_CLIENT_SECRET,
    /** A whole sasl.jaas.config line given by the user (may hold a password, so it is kept as a secret). */
    SASL_JAAS_CONFIG,
    REGISTRY_PASSWORD,
    REGISTRY_TOKEN,
    REGISTRY_TRUSTSTORE_PASSWORD,
    REGISTRY_KEYSTORE_PASSWORD
}
