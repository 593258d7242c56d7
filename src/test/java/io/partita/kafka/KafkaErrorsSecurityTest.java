package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.util.Set;
import javax.net.ssl.SSLHandshakeException;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SecurityDisabledException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

/** The security sentences of {@link KafkaErrors} for exception shapes the sandbox cannot easily produce. */
class KafkaErrorsSecurityTest {

    private static SslAuthenticationException tls(Throwable cause) {
        SSLHandshakeException handshake = new SSLHandshakeException("PKIX path validation failed");
        handshake.initCause(cause);
        return new SslAuthenticationException("SSL handshake failed", handshake);
    }

    @Test
    void scramFailureNamesTheMechanismTheBrokerReported() {
        String text = KafkaErrors.describe(new SaslAuthenticationException("Authentication failed during "
                + "authentication due to invalid credentials with SASL mechanism SCRAM-SHA-256"));

        assertThat(text).isEqualTo("authentication failed (SCRAM-SHA-256): check user and password");
    }

    @Test
    void otherSaslFailuresKeepTheBrokersWords() {
        String text = KafkaErrors.describe(new SaslAuthenticationException("token expired"));

        assertThat(text).isEqualTo("authentication failed: check user and password (token expired)");
    }

    @Test
    void topicRefusalNamesTheTopicsFromTheExceptionAndTheOperationFromTheAttempt() {
        String text = KafkaErrors.describe(new TopicAuthorizationException(Set.of("orders", "audit")),
                "produce to orders");

        assertThat(text).startsWith("not authorized to WRITE topic audit, orders");
    }

    @Test
    void groupRefusalNamesTheGroup() {
        String text = KafkaErrors.describe(new GroupAuthorizationException("Not authorized", "billing"),
                "delete group billing");

        assertThat(text).startsWith("not authorized to DELETE group billing");
    }

    @Test
    void resourceNameComesFromTheAttemptWhenTheBrokerGaveNone() {
        String text = KafkaErrors.describe(new TopicAuthorizationException("Topic authorization failed."),
                "alter configs of payments");

        assertThat(text).startsWith("not authorized to ALTER topic payments");
    }

    @Test
    void clusterRefusalHasNoName() {
        String text = KafkaErrors.describe(new ClusterAuthorizationException("denied"), "alter ACLs (create)");

        assertThat(text).startsWith("not authorized to ALTER cluster:");
    }

    @Test
    void unknownAttemptStillSaysWhatWasRefused() {
        String text = KafkaErrors.describe(new TopicAuthorizationException("Topic authorization failed."));

        assertThat(text).isEqualTo("not authorized (topic): Topic authorization failed.; an ACL must allow it for "
                + "your user");
    }

    @Test
    void expiredCertificateDeepInTheChainIsNamed() {
        String text = KafkaErrors.describe(tls(new CertificateExpiredException("NotAfter: Mon Jan 01 2024")));

        assertThat(text).startsWith("TLS handshake failed: the broker's certificate has expired");
    }

    @Test
    void dnsNameMismatchIsNamed() {
        String text = KafkaErrors.describe(tls(new CertificateException("No name matching kafka.example.com found")));

        assertThat(text).startsWith("TLS handshake failed: the broker's certificate is not made out for "
                + "kafka.example.com");
    }

    @Test
    void certificateRequiredAlertSaysTheBrokerWantsAClientCertificate() {
        String text = KafkaErrors.describe(new SslAuthenticationException("SSL handshake failed",
                new SSLHandshakeException("Received fatal alert: certificate_required")));

        assertThat(text).startsWith("TLS handshake failed: the broker asked for a client certificate and none was "
                + "sent");
    }

    @Test
    void noAuthorizerHasItsOwnSentence() {
        assertThat(KafkaErrors.describe(new SecurityDisabledException("No Authorizer is configured.")))
                .isEqualTo(KafkaErrors.NO_AUTHORIZER);
    }
}
