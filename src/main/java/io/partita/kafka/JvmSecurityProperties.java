package io.partita.kafka;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The two security settings Kafka's clients read from JVM-wide system properties rather than from client configs:
 * the OAuth token endpoints a client may call ({@value #ALLOWED_URLS}, Kafka 4.0+ refuses any other) and the
 * krb5.conf of Kerberos. Profiles add to them; nothing is ever removed while the app runs. Thread-safe.
 */
final class JvmSecurityProperties {

    static final String ALLOWED_URLS = "org.apache.kafka.sasl.oauthbearer.allowed.urls";
    static final String KRB5_CONF = "java.security.krb5.conf";

    private JvmSecurityProperties() {
    }

    /** Adds {@code url} to the allowed token endpoints, keeping those set before (also by the user with -D). */
    static synchronized void allowTokenEndpoint(String url) {
        Set<String> urls = new LinkedHashSet<>();
        String current = System.getProperty(ALLOWED_URLS, "");
        for (String u : current.split(",")) {
            if (!u.isBlank()) {
                urls.add(u.strip());
            }
        }
        if (urls.add(url.strip())) {
            System.setProperty(ALLOWED_URLS, String.join(",", urls));
        }
    }

    /** The JDK reads one krb5.conf per JVM: the last profile connected with one wins. */
    static synchronized void useKrb5Conf(String path) {
        System.setProperty(KRB5_CONF, path);
    }
}
