package io.partita.model;

/**
 * Connection security of a profile, without any secret: passwords live in the secret store
 * (see {@link SecretKind}) and reach the clients only through {@link Credentials}.
 *
 * @param saslMechanism PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER or GSSAPI; null when SASL is off
 * @param saslUsername  user for PLAIN/SCRAM; null otherwise
 * @param truststorePath  path of a JKS/PKCS12/PEM truststore, null for the JVM's default trust
 * @param keystorePath    client keystore for mutual TLS, null when none
 * @param endpointIdentification whether the broker's host name is checked against its certificate
 */
public record SecurityConfig(
        SecurityProtocol protocol,
        String saslMechanism,
        String saslUsername,
        String truststorePath,
        String truststoreType,
        String keystorePath,
        String keystoreType,
        boolean endpointIdentification) {

    public SecurityConfig {
        protocol = protocol == null ? SecurityProtocol.PLAINTEXT : protocol;
    }

    public static SecurityConfig plaintext() {
        return new SecurityConfig(SecurityProtocol.PLAINTEXT, null, null, null, null, null, null, true);
    }
}
