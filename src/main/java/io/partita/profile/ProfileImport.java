package io.partita.profile;

import io.partita.model.SecretKind;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Reads a profile from a Kafka client {@code .properties} file (the {@code --command-config} convention of Kafka's
 * tools) or from a kcat / librdkafka config file. Known settings become profile fields, passwords become secrets,
 * other Java client settings go to the advanced properties; what cannot be used is named in the notes. Pure.
 */
public final class ProfileImport {

    private ProfileImport() {
    }

    /**
     * @param knownKey whether a key is a Java client setting (admin, consumer or producer)
     * @throws IllegalArgumentException when the text is not a properties file
     */
    public static ImportedProfile clientProperties(String name, String text, Predicate<String> knownKey) {
        Properties props = new Properties();
        try {
            props.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a properties file: " + e.getMessage());
        }
        Map<String, String> entries = new LinkedHashMap<>();
        props.stringPropertyNames().stream().sorted().forEach(k -> entries.put(k.strip(), props.getProperty(k).strip()));
        ImportDraft d = new ImportDraft();
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String v = e.getValue();
            switch (e.getKey()) {
                case "bootstrap.servers" -> d.bootstrap = v;
                case "security.protocol" -> d.protocol(v);
                case "sasl.mechanism" -> d.mechanism = v.toUpperCase(Locale.ROOT);
                case "sasl.jaas.config" -> d.jaas(v);
                case "sasl.login.callback.handler.class" -> skipStandardHandler(d, v, knownKey);
                case "sasl.oauthbearer.token.endpoint.url" -> d.tokenUrl = v;
                case "sasl.oauthbearer.client.credentials.client.id" -> d.clientId = v;
                case "sasl.oauthbearer.client.credentials.client.secret" -> d.secret(SecretKind.OAUTH_CLIENT_SECRET, v);
                case "sasl.oauthbearer.scope" -> d.scope = v;
                case "sasl.kerberos.service.name" -> d.serviceName = v;
                case "ssl.truststore.location" -> d.truststorePath = v;
                case "ssl.truststore.type" -> d.truststoreType = v.toUpperCase(Locale.ROOT);
                case "ssl.truststore.password" -> d.secret(SecretKind.TRUSTSTORE_PASSWORD, v);
                case "ssl.keystore.location" -> d.keystorePath = v;
                case "ssl.keystore.type" -> d.keystoreType = v.toUpperCase(Locale.ROOT);
                case "ssl.keystore.password" -> d.secret(SecretKind.KEYSTORE_PASSWORD, v);
                case "ssl.key.password" -> d.secret(SecretKind.KEY_PASSWORD, v);
                case "ssl.endpoint.identification.algorithm" -> d.endpointIdentification = !v.isBlank();
                case "schema.registry.url" -> d.registryUrl = v;
                case "basic.auth.user.info" -> registryUserInfo(d, v);
                case "client.id" -> { }
                default -> d.rest(e.getKey(), v, knownKey, true);
            }
        }
        if (d.truststorePath != null && d.truststoreType == null) {
            d.truststoreType = guessType(d.truststorePath);
        }
        if (d.keystorePath != null && d.keystoreType == null) {
            d.keystoreType = guessType(d.keystorePath);
        }
        return d.build(name);
    }

    /** librdkafka's names (kcat -F): lines of key=value, read literally (no Java escapes: Windows paths stay whole). */
    public static ImportedProfile kcat(String name, String text, Predicate<String> knownKey) {
        ImportDraft d = new ImportDraft();
        String certificate = null;
        String privateKey = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            int eq = line.indexOf('=');
            if (line.isEmpty() || line.startsWith("#") || eq <= 0) {
                continue;
            }
            String key = line.substring(0, eq).strip();
            String v = line.substring(eq + 1).strip();
            switch (key) {
                case "bootstrap.servers", "metadata.broker.list" -> d.bootstrap = v;
                case "security.protocol" -> d.protocol(v);
                case "sasl.mechanisms", "sasl.mechanism" -> d.mechanism = v.toUpperCase(Locale.ROOT);
                case "sasl.username" -> d.user = v;
                case "sasl.password" -> d.secret(SecretKind.SASL_PASSWORD, v);
                case "sasl.oauthbearer.token.endpoint.url" -> d.tokenUrl = v;
                case "sasl.oauthbearer.client.id" -> d.clientId = v;
                case "sasl.oauthbearer.client.secret" -> d.secret(SecretKind.OAUTH_CLIENT_SECRET, v);
                case "sasl.oauthbearer.scope" -> d.scope = v;
                case "sasl.oauthbearer.method", "enable.ssl.certificate.verification" -> {
                    if (key.startsWith("enable") && v.equalsIgnoreCase("false")) {
                        d.notes.add("enable.ssl.certificate.verification=false has no Java equivalent; "
                                + "the broker's certificate is still checked against the truststore");
                    }
                }
                case "sasl.kerberos.service.name" -> d.serviceName = v;
                case "sasl.kerberos.principal" -> d.principal = v;
                case "sasl.kerberos.keytab" -> d.keytab = v;
                case "ssl.ca.location" -> {
                    d.truststorePath = v;
                    d.truststoreType = "PEM";
                }
                case "ssl.certificate.location" -> certificate = v;
                case "ssl.key.location" -> privateKey = v;
                case "ssl.key.password" -> d.secret(SecretKind.KEY_PASSWORD, v);
                case "ssl.endpoint.identification.algorithm" -> d.endpointIdentification = !v.equalsIgnoreCase("none");
                case "client.id" -> { }
                default -> d.rest(key, v, knownKey, false);
            }
        }
        clientCertificate(d, certificate, privateKey);
        return d.build(name);
    }

    /** Java reads key and certificate chain from one PEM keystore; librdkafka has two files. */
    private static void clientCertificate(ImportDraft d, String certificate, String privateKey) {
        if (certificate == null && privateKey == null) {
            return;
        }
        if (certificate != null && certificate.equals(privateKey)) {
            d.keystorePath = certificate;
            d.keystoreType = "PEM";
            return;
        }
        d.notes.add("ssl.certificate.location and ssl.key.location are two files; the Java client wants one PEM "
                + "file with the private key and the certificate chain: join them (cat key.pem cert.pem) and choose "
                + "that file as the keystore");
    }

    private static void skipStandardHandler(ImportDraft d, String handler, Predicate<String> knownKey) {
        if (!handler.endsWith(".OAuthBearerLoginCallbackHandler")) {
            d.rest("sasl.login.callback.handler.class", handler, knownKey, true);
        }
    }

    private static void registryUserInfo(ImportDraft d, String userInfo) {
        int colon = userInfo.indexOf(':');
        if (colon > 0) {
            d.registryUser = userInfo.substring(0, colon);
            d.secret(SecretKind.REGISTRY_PASSWORD, userInfo.substring(colon + 1));
        }
    }

    private static String guessType(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".jks") ? "JKS" : p.endsWith(".pem") || p.endsWith(".crt") ? "PEM" : "PKCS12";
    }
}
