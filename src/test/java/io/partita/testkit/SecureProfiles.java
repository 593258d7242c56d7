package io.partita.testkit;

import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.SecretKind;
import io.partita.model.SecurityConfig;
import io.partita.model.SecurityProtocol;
import io.partita.sandbox.Sandbox;
import io.partita.sandbox.SecureEndpoints;
import java.nio.file.Path;
import java.util.Map;

/**
 * Profiles and credentials for the listeners of a {@link SecureCluster} sandbox. The one place tests build a
 * {@link SecurityConfig} for it.
 */
public final class SecureProfiles {

    /** A profile and the secrets that go with it. */
    public record Connection(ClusterProfile profile, Credentials credentials) {

        public Connection readOnly() {
            ClusterProfile p = profile;
            return new Connection(new ClusterProfile(p.name(), p.bootstrapServers(), p.security(),
                    p.clientProperties(), p.registry(), true, p.color()), credentials);
        }
    }

    private SecureProfiles() {
    }

    public static SecureEndpoints endpoints(Sandbox sandbox) {
        return sandbox.secureEndpoints().orElseThrow(() -> new IllegalStateException(
                "not a secure sandbox: annotate the parameter with @SecureCluster"));
    }

    /** SASL_SSL as the given SCRAM user. */
    public static Connection scram(Sandbox sandbox, String user, String password) {
        SecureEndpoints e = endpoints(sandbox);
        SecurityConfig security = new SecurityConfig(SecurityProtocol.SASL_SSL, SecureEndpoints.SCRAM_MECHANISM,
                user, e.truststore().toString(), e.storeType(), null, null, true);
        return connection("scram " + user, e.saslSsl(), security, Credentials.of(Map.of(
                SecretKind.SASL_PASSWORD, password, SecretKind.TRUSTSTORE_PASSWORD, e.storePassword())));
    }

    /** SASL_SSL as the super user. */
    public static Connection admin(Sandbox sandbox) {
        SecureEndpoints e = endpoints(sandbox);
        return scram(sandbox, e.adminUser(), e.adminPassword());
    }

    /** SASL_SSL as the user without ACLs. */
    public static Connection user(Sandbox sandbox) {
        SecureEndpoints e = endpoints(sandbox);
        return scram(sandbox, e.user(), e.userPassword());
    }

    /** Mutual TLS with the client certificate. */
    public static Connection mutualTls(Sandbox sandbox) {
        SecureEndpoints e = endpoints(sandbox);
        return tls(sandbox, e.mutualTls(), e.truststore(), e.clientKeystore());
    }

    /**
     * SSL to {@code bootstrap} trusting only {@code truststore}, with the client certificate when {@code keystore}
     * is not null. Every store of the sandbox has the same password.
     */
    public static Connection tls(Sandbox sandbox, String bootstrap, Path truststore, Path keystore) {
        SecureEndpoints e = endpoints(sandbox);
        SecurityConfig security = new SecurityConfig(SecurityProtocol.SSL, null, null, truststore.toString(),
                e.storeType(), keystore == null ? null : keystore.toString(), keystore == null ? null : e.storeType(),
                true);
        Credentials credentials = Credentials.of(Map.of(SecretKind.TRUSTSTORE_PASSWORD, e.storePassword()));
        if (keystore != null) {
            credentials = credentials.with(SecretKind.KEYSTORE_PASSWORD, e.storePassword());
        }
        return connection("tls " + bootstrap, bootstrap, security, credentials);
    }

    private static Connection connection(String name, String bootstrap, SecurityConfig security,
                                         Credentials credentials) {
        return new Connection(new ClusterProfile(name, bootstrap, security, Map.of(), null, false, null), credentials);
    }
}
