package io.partita.sandbox;

import java.nio.file.Path;

/**
 * How to reach the secure listeners of a sandbox started with {@link SandboxOptions#secure()}. Besides its
 * PLAINTEXT listener (where the anonymous principal is a super user) the broker then has:
 * <ul>
 *   <li>{@code saslSsl}: SASL_SSL with SCRAM-SHA-512; users {@code adminUser} (a super user) and {@code user}
 *       (no ACLs, so refused whatever ACLs do not allow);</li>
 *   <li>{@code mutualTls}: SSL that requires a client certificate ({@code clientKeystore}, principal
 *       {@code User:<clientPrincipal>});</li>
 *   <li>{@code expiredCertificate} and {@code wrongHostCertificate}: SSL listeners whose broker certificate is
 *       expired, or made out for another host name, for the TLS error messages.</li>
 * </ul>
 * Every certificate is signed by one CA made at start; {@code truststore} trusts it, {@code untrustedTruststore}
 * trusts only an unrelated CA. All stores are PKCS12 protected by {@code storePassword}. The StandardAuthorizer is
 * on and nothing is allowed without an ACL. {@link #toString()} shows no password.
 */
public record SecureEndpoints(String saslSsl, String mutualTls, String expiredCertificate,
                              String wrongHostCertificate, Path truststore, Path untrustedTruststore,
                              Path clientKeystore, String storeType, String storePassword, String adminUser,
                              String adminPassword, String user, String userPassword, String clientPrincipal) {

    public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";

    @Override
    public String toString() {
        return "SecureEndpoints[SASL_SSL " + saslSsl + ", mTLS " + mutualTls + ", expired " + expiredCertificate
                + ", wrong host " + wrongHostCertificate + ", users " + adminUser + "/" + user + ", client "
                + clientPrincipal + "]";
    }
}
