package io.partita.profile;

import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.RegistryAuth;
import io.partita.model.RegistryConfig;
import io.partita.model.SecretKind;
import io.partita.model.SecurityConfig;
import io.partita.model.SecurityConfig.KerberosSettings;
import io.partita.model.SecurityConfig.OAuthSettings;
import io.partita.model.SecurityProtocol;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The fields an importer fills in, then one {@link ImportedProfile}. Placeholders written by an export are skipped. */
final class ImportDraft {

    static final String PLACEHOLDER_PREFIX = "<secret:";

    String bootstrap = "";
    SecurityProtocol protocol = SecurityProtocol.PLAINTEXT;
    String mechanism;
    String user;
    String truststorePath;
    String truststoreType;
    String keystorePath;
    String keystoreType;
    boolean endpointIdentification = true;
    String tokenUrl;
    String clientId;
    String scope;
    String serviceName;
    String principal;
    String keytab;
    String registryUrl;
    String registryUser;
    final Map<SecretKind, String> secrets = new EnumMap<>(SecretKind.class);
    final Map<String, String> advanced = new TreeMap<>();
    final List<String> notes = new ArrayList<>();

    void secret(SecretKind kind, String value) {
        if (value != null && !value.isEmpty() && !value.startsWith(PLACEHOLDER_PREFIX)) {
            secrets.put(kind, value);
        }
    }

    void protocol(String value) {
        try {
            protocol = SecurityProtocol.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            notes.add("security.protocol '" + value + "' is unknown; PLAINTEXT is used");
        }
    }

    /** Whatever no field took: kept as an advanced property when the Java clients know it, else noted. */
    void rest(String key, String value, Predicate<String> knownKey, boolean javaNames) {
        if (SecretKeys.isSensitive(key)) {
            notes.add(key + " was left out: it holds a secret that has no field in Partita");
        } else if (!javaNames && !knownKey.test(key)) {
            notes.add(key + " was left out: a librdkafka setting the Java clients do not know");
        } else {
            if (!knownKey.test(key)) {
                notes.add(key + " is not a Kafka client setting Partita knows; kept in the advanced properties");
            }
            advanced.put(key, value);
        }
    }

    /** The JAAS line's user, password and known options become fields; anything else keeps the line as a secret. */
    void jaas(String text) {
        JaasLine line;
        try {
            line = JaasLine.parse(text);
        } catch (IllegalArgumentException e) {
            notes.add(e.getMessage() + "; kept as a raw JAAS line");
            secret(SecretKind.SASL_JAAS_CONFIG, text.strip());
            return;
        }
        Map<String, String> options = new TreeMap<>(line.options());
        switch (line.simpleModule()) {
            case "PlainLoginModule", "ScramLoginModule" -> {
                user = options.remove("username");
                secret(SecretKind.SASL_PASSWORD, options.remove("password"));
            }
            case "OAuthBearerLoginModule" -> {
                clientId = orElse(options.remove("clientId"), clientId);
                secret(SecretKind.OAUTH_CLIENT_SECRET, options.remove("clientSecret"));
                scope = orElse(options.remove("scope"), scope);
            }
            case "Krb5LoginModule" -> {
                principal = options.remove("principal");
                keytab = options.remove("keyTab");
                options.keySet().removeAll(List.of("useKeyTab", "storeKey", "useTicketCache"));
            }
            default -> options.put("", "");
        }
        if (!options.isEmpty()) {
            notes.add("sasl.jaas.config has options Partita has no field for; the whole line is kept (as a secret)");
            secret(SecretKind.SASL_JAAS_CONFIG, text.strip());
        }
    }

    ImportedProfile build(String name) {
        SecurityConfig security = new SecurityConfig(protocol, protocol.usesSasl() ? mechanism : null,
                protocol.usesSasl() ? user : null, truststorePath, truststorePath == null ? null : truststoreType,
                keystorePath, keystorePath == null ? null : keystoreType, endpointIdentification,
                new OAuthSettings(tokenUrl, clientId, scope), new KerberosSettings(serviceName, principal, keytab, null));
        RegistryConfig registry = registryUser == null ? RegistryConfig.of(registryUrl)
                : new RegistryConfig(registryUrl, RegistryAuth.BASIC, registryUser);
        ClusterProfile profile = new ClusterProfile(name, bootstrap, security, advanced, registry, false, null);
        return new ImportedProfile(profile, Credentials.of(secrets), notes);
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
