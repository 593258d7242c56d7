package io.partita.kafka;

import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.SecretKind;
import io.partita.model.SecurityConfig;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A profile as a Kafka client {@code .properties} file (for {@code --command-config} of Kafka's tools). Without
 * {@code includeSecrets} each secret is a {@code <secret: ...>} placeholder with a comment saying what to put there;
 * importing such a file skips the placeholders. Pure.
 */
public final class ProfileExport {

    private ProfileExport() {
    }

    public static String clientProperties(ClusterProfile profile, Credentials credentials, boolean includeSecrets) {
        Credentials used = includeSecrets ? credentials : placeholders(profile);
        Map<String, Object> props = new TreeMap<>(KafkaClientConfig.common(profile, used));
        props.remove("client.id");
        StringBuilder out = new StringBuilder();
        out.append("# Kafka client settings of the Partita profile '").append(profile.name().replace('\n', ' '))
                .append("'\n");
        out.append(includeSecrets ? "# Holds secrets: keep this file private.\n"
                : "# Secrets are left out: replace each <secret: ...> value (or export with --include-secrets).\n");
        props.forEach((key, value) -> {
            String text = String.valueOf(value);
            if (!includeSecrets && text.contains("<secret:")) {
                out.append("# ").append(key).append(": put the real secret in place of <secret: ...>\n");
            }
            out.append(escapeKey(key)).append('=').append(escapeValue(text)).append('\n');
        });
        if (profile.registry().isConfigured()) {
            out.append("# Schema registry (read by Confluent's serializers; Kafka's clients ignore it)\n");
            out.append("schema.registry.url=").append(escapeValue(profile.registry().url())).append('\n');
        }
        return out.toString();
    }

    /** Placeholders for the secrets these settings would use. */
    private static Credentials placeholders(ClusterProfile profile) {
        SecurityConfig sec = profile.security();
        Map<SecretKind, String> values = new EnumMap<>(SecretKind.class);
        if (sec.protocol().usesSasl()) {
            String m = sec.saslMechanism() == null ? "" : sec.saslMechanism();
            if (m.equals("PLAIN") || m.startsWith("SCRAM")) {
                values.put(SecretKind.SASL_PASSWORD, "<secret: SASL password>");
            } else if (m.equals(SecurityConfig.OAUTHBEARER)) {
                values.put(SecretKind.OAUTH_CLIENT_SECRET, "<secret: OAuth client secret>");
            }
        }
        if (sec.protocol().usesTls()) {
            if (sec.truststorePath() != null && !"PEM".equals(sec.truststoreType())) {
                values.put(SecretKind.TRUSTSTORE_PASSWORD, "<secret: truststore password>");
            }
            if (sec.keystorePath() != null) {
                values.put(SecretKind.KEYSTORE_PASSWORD, "<secret: keystore password>");
            }
        }
        return Credentials.of(values);
    }

    private static String escapeKey(String key) {
        return escapeValue(key).replace("=", "\\=").replace(":", "\\:").replace(" ", "\\ ");
    }

    /** java.util.Properties escaping: backslashes, line breaks and a leading space. */
    private static String escapeValue(String value) {
        String v = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        return v.startsWith(" ") ? "\\" + v : v;
    }
}
