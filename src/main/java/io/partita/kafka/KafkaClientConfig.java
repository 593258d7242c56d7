package io.partita.kafka;

import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.SecretKind;
import io.partita.model.SecurityConfig;
import io.partita.model.SecurityConfig.KerberosSettings;
import io.partita.model.SecurityConfig.OAuthSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds Kafka client properties from a profile and its secrets. No I/O; the one side effect is that OAuth token
 * endpoints and a krb5.conf are registered in the JVM-wide system properties Kafka reads them from
 * ({@link JvmSecurityProperties}).
 */
public final class KafkaClientConfig {

    static final String OAUTH_CALLBACK_HANDLER =
            "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler";
    static final String OAUTH_LOGIN_MODULE = "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule";
    static final String KRB5_LOGIN_MODULE = "com.sun.security.auth.module.Krb5LoginModule";

    private KafkaClientConfig() {
    }

    /** Properties shared by admin, consumer and producer; the profile's extra properties win. */
    public static Map<String, Object> common(ClusterProfile profile, Credentials credentials) {
        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", profile.bootstrapServers());
        props.put("client.id", "partita");
        SecurityConfig sec = profile.security();
        props.put("security.protocol", sec.protocol().name());
        if (sec.protocol().usesSasl() && sec.saslMechanism() != null) {
            sasl(props, sec, credentials);
        }
        if (sec.protocol().usesTls()) {
            putIfSet(props, "ssl.truststore.location", sec.truststorePath());
            putIfSet(props, "ssl.truststore.type", sec.truststoreType());
            credentials.get(SecretKind.TRUSTSTORE_PASSWORD).ifPresent(p -> props.put("ssl.truststore.password", p));
            putIfSet(props, "ssl.keystore.location", sec.keystorePath());
            putIfSet(props, "ssl.keystore.type", sec.keystoreType());
            credentials.get(SecretKind.KEYSTORE_PASSWORD).ifPresent(p -> props.put("ssl.keystore.password", p));
            credentials.get(SecretKind.KEY_PASSWORD).ifPresent(p -> props.put("ssl.key.password", p));
            props.put("ssl.endpoint.identification.algorithm", sec.endpointIdentification() ? "https" : "");
        }
        props.putAll(profile.clientProperties());
        return props;
    }

    private static void sasl(Map<String, Object> props, SecurityConfig sec, Credentials credentials) {
        String mechanism = sec.saslMechanism();
        props.put("sasl.mechanism", mechanism);
        switch (mechanism) {
            case "PLAIN" -> userPassword(props, "org.apache.kafka.common.security.plain.PlainLoginModule", sec,
                    credentials);
            case "SCRAM-SHA-256", "SCRAM-SHA-512" -> userPassword(props,
                    "org.apache.kafka.common.security.scram.ScramLoginModule", sec, credentials);
            case SecurityConfig.OAUTHBEARER -> oauth(props, sec.oauth(), credentials);
            case SecurityConfig.GSSAPI -> kerberos(props, sec.kerberos());
            default -> { }
        }
        // A raw JAAS line from the user replaces the generated one, whatever the mechanism.
        credentials.get(SecretKind.SASL_JAAS_CONFIG).ifPresent(jaas -> props.put("sasl.jaas.config", jaas));
    }

    private static void userPassword(Map<String, Object> props, String module, SecurityConfig sec,
                                     Credentials credentials) {
        if (sec.saslUsername() != null) {
            String password = credentials.get(SecretKind.SASL_PASSWORD).orElse("");
            props.put("sasl.jaas.config", module + " required username=\"" + escape(sec.saslUsername())
                    + "\" password=\"" + escape(password) + "\";");
        }
    }

    /** Client-credentials grant through Kafka's own login callback handler (the 4.x client.credentials configs). */
    private static void oauth(Map<String, Object> props, OAuthSettings oauth, Credentials credentials) {
        props.put("sasl.login.callback.handler.class", OAUTH_CALLBACK_HANDLER);
        props.put("sasl.jaas.config", OAUTH_LOGIN_MODULE + " required ;");
        if (oauth.tokenEndpointUrl() != null) {
            props.put("sasl.oauthbearer.token.endpoint.url", oauth.tokenEndpointUrl());
            JvmSecurityProperties.allowTokenEndpoint(oauth.tokenEndpointUrl());
        }
        putIfSet(props, "sasl.oauthbearer.client.credentials.client.id", oauth.clientId());
        credentials.get(SecretKind.OAUTH_CLIENT_SECRET)
                .ifPresent(s -> props.put("sasl.oauthbearer.client.credentials.client.secret", s));
        putIfSet(props, "sasl.oauthbearer.scope", oauth.scope());
    }

    private static void kerberos(Map<String, Object> props, KerberosSettings krb) {
        props.put("sasl.kerberos.service.name", krb.serviceName() == null ? "kafka" : krb.serviceName());
        StringBuilder jaas = new StringBuilder(KRB5_LOGIN_MODULE).append(" required");
        if (krb.keytabPath() != null) {
            jaas.append(" useKeyTab=true storeKey=true keyTab=\"").append(escape(krb.keytabPath())).append('"');
        } else {
            jaas.append(" useTicketCache=true");
        }
        if (krb.principal() != null) {
            jaas.append(" principal=\"").append(escape(krb.principal())).append('"');
        }
        props.put("sasl.jaas.config", jaas.append(';').toString());
        if (krb.krb5ConfPath() != null) {
            JvmSecurityProperties.useKrb5Conf(krb.krb5ConfPath());
        }
    }

    /** Admin properties whose own timeouts stay inside {@code timeout}, so a dead cluster fails in time. */
    public static Map<String, Object> admin(ClusterProfile profile, Credentials credentials, Duration timeout) {
        Map<String, Object> props = common(profile, credentials);
        int ms = (int) Math.max(1000, timeout.toMillis());
        props.putIfAbsent("request.timeout.ms", ms);
        props.putIfAbsent("default.api.timeout.ms", ms);
        props.putIfAbsent("socket.connection.setup.timeout.ms", Math.min(ms, 5000));
        props.putIfAbsent("socket.connection.setup.timeout.max.ms", Math.min(ms, 10000));
        props.putIfAbsent("reconnect.backoff.max.ms", 1000);
        return props;
    }

    private static void putIfSet(Map<String, Object> props, String key, String value) {
        if (value != null && !value.isBlank()) {
            props.put(key, value);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
