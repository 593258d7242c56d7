package io.partita.sandbox;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.admin.UserScramCredentialsDescription;

/**
 * The secure side of a one-node sandbox: its extra listeners (SASL_SSL with SCRAM-SHA-512, mutual TLS, and two SSL
 * listeners with bad certificates), the StandardAuthorizer, and the SCRAM users, created over the PLAINTEXT
 * listener once the broker is up (so no password is ever on a command line or in a log).
 */
final class SecureBroker {

    static final String ADMIN_USER = "admin";
    static final String USER = "alice";
    private static final Duration SCRAM_TIMEOUT = Duration.ofSeconds(30);

    private final TlsFiles tls;
    private final List<Integer> ports;
    private final String adminPassword = randomPassword();
    private final String userPassword = randomPassword();

    /** @param ports SASL_SSL, mutual TLS, expired certificate, wrong host, in that order */
    SecureBroker(TlsFiles tls, List<Integer> ports) {
        if (ports.size() != 4) {
            throw new IllegalArgumentException("a secure broker needs 4 ports, got " + ports);
        }
        this.tls = tls;
        this.ports = List.copyOf(ports);
    }

    List<Integer> ports() {
        return ports;
    }

    /** Listener name → its address, in the order of {@link #ports()}. */
    private Map<String, String> listeners() {
        String host = FreePorts.HOST;
        Map<String, String> listeners = new LinkedHashMap<>();
        listeners.put("SASL_SSL", host + ":" + ports.get(0));
        listeners.put("SSL", host + ":" + ports.get(1));
        listeners.put("EXPIRED", host + ":" + ports.get(2));
        listeners.put("WRONGHOST", host + ":" + ports.get(3));
        return listeners;
    }

    /** Adds the secure listeners and the authorizer to the properties of the combined node. */
    void configure(Properties p) {
        StringBuilder listeners = new StringBuilder(p.getProperty("listeners"));
        StringBuilder advertised = new StringBuilder(p.getProperty("advertised.listeners"));
        listeners().forEach((name, address) -> {
            listeners.append(',').append(name).append("://").append(address);
            advertised.append(',').append(name).append("://").append(address);
        });
        p.setProperty("listeners", listeners.toString());
        p.setProperty("advertised.listeners", advertised.toString());
        p.setProperty("listener.security.protocol.map", p.getProperty("listener.security.protocol.map")
                + ",SASL_SSL:SASL_SSL,SSL:SSL,EXPIRED:SSL,WRONGHOST:SSL");
        p.setProperty("sasl.enabled.mechanisms", SecureEndpoints.SCRAM_MECHANISM);
        p.setProperty("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        store(p, "ssl.keystore", tls.brokerKeystore().toString());
        store(p, "ssl.truststore", tls.truststore().toString());
        p.setProperty("listener.name.ssl.ssl.client.auth", "required");
        store(p, "listener.name.expired.ssl.keystore", tls.expiredKeystore().toString());
        store(p, "listener.name.wronghost.ssl.keystore", tls.wrongHostKeystore().toString());
        // "CN=partita-client" becomes the principal User:partita-client
        p.setProperty("ssl.principal.mapping.rules", "RULE:^CN=([^,]+).*$/$1/,DEFAULT");
        p.setProperty("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        // ANONYMOUS is who the controller and the PLAINTEXT listener are: they must stay almighty.
        p.setProperty("super.users", "User:ANONYMOUS;User:" + ADMIN_USER);
        p.setProperty("allow.everyone.if.no.acl.found", "false");
    }

    private void store(Properties p, String prefix, String location) {
        p.setProperty(prefix + ".location", location);
        p.setProperty(prefix + ".password", tls.password());
        p.setProperty(prefix + ".type", tls.type());
    }

    /** Creates the SCRAM users over the PLAINTEXT listener and waits (bounded) until the broker lists them. */
    void createUsers(String plaintextBootstrap) throws SandboxException {
        ScramCredentialInfo info = new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096);
        long deadline = System.nanoTime() + SCRAM_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, plaintextBootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) SCRAM_TIMEOUT.toMillis()))) {
            admin.alterUserScramCredentials(List.of(
                    new UserScramCredentialUpsertion(ADMIN_USER, info, adminPassword),
                    new UserScramCredentialUpsertion(USER, info, userPassword)))
                    .all().get(SCRAM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            while (true) {
                Map<String, UserScramCredentialsDescription> users = admin.describeUserScramCredentials().all()
                        .get(SCRAM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                if (users.keySet().containsAll(List.of(ADMIN_USER, USER))) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new SandboxException("the SCRAM users were created but the broker does not list them");
                }
                Thread.sleep(100);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new SandboxException("cannot create the sandbox's SCRAM users: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while creating the sandbox's SCRAM users", e);
        }
    }

    SecureEndpoints endpoints() {
        Map<String, String> l = listeners();
        return new SecureEndpoints(l.get("SASL_SSL"), l.get("SSL"), l.get("EXPIRED"), l.get("WRONGHOST"),
                tls.truststore(), tls.untrustedTruststore(), tls.clientKeystore(), tls.type(), tls.password(),
                ADMIN_USER, adminPassword, USER, userPassword, TlsFiles.CLIENT_CN);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
