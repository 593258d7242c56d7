package io.partita.cli;

import io.partita.model.ClusterProfile;
import io.partita.model.SecurityConfig;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How profiles look on the command line. JSON field names are part of the CLI's contract: change them only
 * with care. No secret is ever printed; property values whose key looks secret are masked.
 */
final class ProfileOutput {

    static final String MASK = "********";

    private ProfileOutput() {
    }

    static Map<String, Object> summary(ClusterProfile p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", p.name());
        json.put("bootstrap", p.bootstrapServers());
        json.put("registry", p.registry().url());
        json.put("readOnly", p.readOnly());
        json.put("securityProtocol", p.security().protocol().name());
        return json;
    }

    static Map<String, Object> detail(ClusterProfile p) {
        SecurityConfig sec = p.security();
        Map<String, Object> json = summary(p);
        json.put("saslMechanism", sec.saslMechanism());
        json.put("saslUser", sec.saslUsername());
        json.put("truststore", sec.truststorePath());
        json.put("keystore", sec.keystorePath());
        json.put("oauthTokenEndpoint", sec.oauth().tokenEndpointUrl());
        json.put("oauthClientId", sec.oauth().clientId());
        json.put("oauthScope", sec.oauth().scope());
        json.put("kerberosServiceName", sec.kerberos().serviceName());
        json.put("kerberosPrincipal", sec.kerberos().principal());
        json.put("keytab", sec.kerberos().keytabPath());
        json.put("krb5Conf", sec.kerberos().krb5ConfPath());
        json.put("properties", maskedProperties(p));
        return json;
    }

    static void printTable(PrintStream out, List<ClusterProfile> profiles) {
        TextTable table = new TextTable("NAME", "BOOTSTRAP", "REGISTRY", "SECURITY", "READ-ONLY");
        for (ClusterProfile p : profiles) {
            table.row(p.name(), p.bootstrapServers(), p.registry().url(), p.security().protocol(),
                    p.readOnly() ? "yes" : "no");
        }
        table.print(out, "");
    }

    static void printDetail(PrintStream out, ClusterProfile p) {
        SecurityConfig sec = p.security();
        TextTable table = new TextTable("Name:", p.name())
                .row("Bootstrap:", p.bootstrapServers())
                .row("Schema registry:", p.registry().url())
                .row("Security protocol:", sec.protocol())
                .row("SASL mechanism:", sec.saslMechanism())
                .row("SASL user:", sec.saslUsername())
                .row("Truststore:", sec.truststorePath())
                .row("Keystore:", sec.keystorePath())
                .row("OAuth token endpoint:", sec.oauth().tokenEndpointUrl())
                .row("OAuth client id:", sec.oauth().clientId())
                .row("OAuth scope:", sec.oauth().scope())
                .row("Kerberos service:", sec.kerberos().serviceName())
                .row("Kerberos principal:", sec.kerberos().principal())
                .row("Keytab:", sec.kerberos().keytabPath())
                .row("krb5.conf:", sec.kerberos().krb5ConfPath())
                .row("Read-only:", p.readOnly() ? "yes" : "no");
        maskedProperties(p).forEach((k, v) -> table.row("Property:", k + "=" + v));
        table.print(out, "");
    }

    /** Keys that may carry a secret (passwords, JAAS config with a password inside, PEM private keys). */
    static boolean isSensitive(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password") || k.contains("secret") || k.contains("jaas") || k.contains("token")
                || k.equals("ssl.keystore.key");
    }

    private static Map<String, String> maskedProperties(ClusterProfile p) {
        Map<String, String> result = new LinkedHashMap<>();
        p.clientProperties().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> result.put(e.getKey(), isSensitive(e.getKey()) ? MASK : e.getValue()));
        return result;
    }
}
