package io.partita.kafka;

import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.SecretKind;
import io.partita.model.SecurityConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Builds Kafka client properties from a profile and its secrets. Pure: no I/O. */
public final class KafkaClientConfig {

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
            props.put("sasl.mechanism", sec.saslMechanism());
            String password = credentials.get(SecretKind.SASL_PASSWORD).orElse("");
            String module = switch (sec.saslMechanism()) {
                case "PLAIN" -> "org.apache.kafka.common.security.plain.PlainLoginModule";
                case "SCRAM-SHA-256", "SCRAM-SHA-512" -> "org.apache.kafka.common.security.scram.ScramLoginModule";
                default -> null;
            };
            if (module != null && sec.saslUsername() != null) {
                props.put("sasl.jaas.config", module + " required username=\"" + escape(sec.saslUsername())
                        + "\" password=\"" + escape(password) + "\";");
            }
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
