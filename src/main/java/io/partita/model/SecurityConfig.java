package io.partita.model;

/**
 * Connection security of a profile, without any secret: passwords, the OAuth client secret and a raw JAAS line
 * live in the secret store (see {@link SecretKind}) and reach the clients only through {@link Credentials}.
 * The OAuth and Kerberos parts were added after the first profile format: older files read them as none.
 *
 * @param saslMechanism PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER or GSSAPI; null when SASL is off
 * @param saslUsername  user for PLAIN/SCRAM; null otherwise
 * @param truststorePath  path of a JKS/PKCS12/PEM truststore, null for the JVM's default trust
 * @param keystorePath    client keystore for mutual TLS, null when none
 * @param endpointIdentification whether the broker's host name is checked against its certificate
 * @param oauth    client-credentials settings for OAUTHBEARER (never null)
 * @param kerberos settings for GSSAPI (never null)
 */
public record SecurityConfig(
        SecurityProtocol protocol,
        String saslMechanism,
        String saslUsername,
        String truststorePath,
        String truststoreType,
        String keystorePath,
        String keystoreType,
        boolean endpointIdentification,
        OAuthSettings oauth,
        KerberosSettings kerberos) {

    public static final String OAUTHBEARER = "OAUTHBEARER";
    public static final String GSSAPI = "GSSAPI";

    public SecurityConfig {
        protocol = protocol == null ? SecurityProtocol.PLAINTEXT : protocol;
        oauth = oauth == null ? OAuthSettings.NONE : oauth;
        kerberos = kerberos == null ? KerberosSettings.NONE : kerberos;
    }

    /** Without OAuth or Kerberos settings. */
    public SecurityConfig(SecurityProtocol protocol, String saslMechanism, String saslUsername, String truststorePath,
                          String truststoreType, String keystorePath, String keystoreType,
                          boolean endpointIdentification) {
        this(protocol, saslMechanism, saslUsername, truststorePath, truststoreType, keystorePath, keystoreType,
                endpointIdentification, null, null);
    }

    public static SecurityConfig plaintext() {
        return new SecurityConfig(SecurityProtocol.PLAINTEXT, null, null, null, null, null, null, true);
    }

    /** Whether SASL is on with this mechanism. */
    public boolean uses(String mechanism) {
        return protocol.usesSasl() && mechanism.equals(saslMechanism);
    }

    /**
     * OAUTHBEARER with the client-credentials grant. The client secret is {@link SecretKind#OAUTH_CLIENT_SECRET}.
     *
     * @param tokenEndpointUrl where the client gets its tokens, e.g. {@code https://idp/oauth2/token}
     * @param scope            optional, space separated
     */
    public record OAuthSettings(String tokenEndpointUrl, String clientId, String scope) {
        public static final OAuthSettings NONE = new OAuthSettings(null, null, null);

        public OAuthSettings {
            tokenEndpointUrl = blankToNull(tokenEndpointUrl);
            clientId = blankToNull(clientId);
            scope = blankToNull(scope);
        }
    }

    /**
     * GSSAPI through the JDK's Krb5LoginModule with a keytab. A raw JAAS line ({@link SecretKind#SASL_JAAS_CONFIG})
     * replaces the generated one when the login needs options these fields do not cover.
     *
     * @param serviceName the brokers' Kerberos service name, usually {@code kafka}
     * @param principal   the client's principal, e.g. {@code app@EXAMPLE.COM}
     * @param keytabPath  the keytab holding the principal's key; null to use the ticket cache
     * @param krb5ConfPath a krb5.conf other than the system one; null for the default
     */
    public record KerberosSettings(String serviceName, String principal, String keytabPath, String krb5ConfPath) {
        public static final KerberosSettings NONE = new KerberosSettings(null, null, null, null);

        public KerberosSettings {
            serviceName = blankToNull(serviceName);
            principal = blankToNull(principal);
            keytabPath = blankToNull(keytabPath);
            krb5ConfPath = blankToNull(krb5ConfPath);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
