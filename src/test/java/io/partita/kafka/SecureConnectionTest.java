package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.ConnectionReport;
import io.partita.sandbox.Sandbox;
import io.partita.sandbox.SecureEndpoints;
import io.partita.testkit.SandboxExtension;
import io.partita.testkit.SecureCluster;
import io.partita.testkit.SecureProfiles;
import io.partita.testkit.SecureProfiles.Connection;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "Test connection" against the secure sandbox: what works, and what people read when it does not. */
@ExtendWith(SandboxExtension.class)
class SecureConnectionTest {

    private static final Duration BOUND = Duration.ofSeconds(15);

    private static ConnectionReport test(Connection c) {
        return ConnectionTester.test(c.profile(), c.credentials(), BOUND);
    }

    @Test
    void connectsOverSaslSslWithTheRightPassword(@SecureCluster Sandbox sandbox) {
        ConnectionReport report = test(SecureProfiles.user(sandbox));

        assertThat(report.kafkaError()).isNull();
        assertThat(report.cluster().brokers()).hasSize(1);
    }

    @Test
    void connectsOverMutualTls(@SecureCluster Sandbox sandbox) {
        ConnectionReport report = test(SecureProfiles.mutualTls(sandbox));

        assertThat(report.kafkaError()).isNull();
        assertThat(report.cluster().brokers()).hasSize(1);
    }

    @Test
    void wrongPasswordSaysAuthenticationFailedWithinTheBound(@SecureCluster Sandbox sandbox) {
        SecureEndpoints e = SecureProfiles.endpoints(sandbox);
        Connection wrong = SecureProfiles.scram(sandbox, e.user(), "not-" + e.userPassword());

        ConnectionReport report = test(wrong);

        assertThat(report.kafkaError()).isEqualTo("authentication failed (SCRAM-SHA-512): check user and password");
        assertThat(report.elapsed()).isLessThan(BOUND);
    }

    @Test
    void untrustedCertificateSaysTheBrokerCertificateIsNotTrusted(@SecureCluster Sandbox sandbox) {
        SecureEndpoints e = SecureProfiles.endpoints(sandbox);
        Connection untrusted = SecureProfiles.tls(sandbox, e.mutualTls(), e.untrustedTruststore(), e.clientKeystore());

        ConnectionReport report = test(untrusted);

        assertThat(report.kafkaError()).startsWith("TLS handshake failed: the broker's certificate is not trusted");
        assertThat(report.elapsed()).isLessThan(BOUND);
    }

    @Test
    void expiredBrokerCertificateIsNamed(@SecureCluster Sandbox sandbox) {
        SecureEndpoints e = SecureProfiles.endpoints(sandbox);

        ConnectionReport report = test(SecureProfiles.tls(sandbox, e.expiredCertificate(), e.truststore(), null));

        assertThat(report.kafkaError()).startsWith("TLS handshake failed: the broker's certificate has expired");
    }

    @Test
    void hostNameMismatchIsNamed(@SecureCluster Sandbox sandbox) {
        SecureEndpoints e = SecureProfiles.endpoints(sandbox);

        ConnectionReport report = test(SecureProfiles.tls(sandbox, e.wrongHostCertificate(), e.truststore(), null));

        assertThat(report.kafkaError()).startsWith("TLS handshake failed: the broker's certificate is not made out "
                + "for 127.0.0.1");
    }

    @Test
    void missingClientCertificateSaysTheBrokerWantsOne(@SecureCluster Sandbox sandbox) {
        SecureEndpoints e = SecureProfiles.endpoints(sandbox);

        ConnectionReport report = test(SecureProfiles.tls(sandbox, e.mutualTls(), e.truststore(), null));

        assertThat(report.kafkaError()).startsWith("TLS handshake failed: the broker asked for a client certificate");
    }
}
