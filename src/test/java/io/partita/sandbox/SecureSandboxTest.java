package io.partita.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.testkit.SandboxExtension;
import io.partita.testkit.SecureCluster;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class SecureSandboxTest {

    @Test
    void secureListenersAreOnLoopbackPortsOfTheirOwn(@SecureCluster Sandbox sandbox) {
        SecureEndpoints e = sandbox.secureEndpoints().orElseThrow();
        List<String> addresses = List.of(e.saslSsl(), e.mutualTls(), e.expiredCertificate(), e.wrongHostCertificate());
        assertThat(addresses).allMatch(a -> a.startsWith("127.0.0.1:")).doesNotHaveDuplicates()
                .doesNotContain(sandbox.bootstrapServers());
        assertThat(addresses).allMatch(a -> FreePorts.isListening(Integer.parseInt(a.substring(a.indexOf(':') + 1))));
        assertThat(sandbox.ports()).contains(Integer.parseInt(e.saslSsl().split(":")[1]));
    }

    @Test
    void storesExistAndToStringHidesPasswords(@SecureCluster Sandbox sandbox) {
        SecureEndpoints e = sandbox.secureEndpoints().orElseThrow();
        assertThat(List.of(e.truststore(), e.untrustedTruststore(), e.clientKeystore())).allMatch(Files::isRegularFile);
        assertThat(e.toString()).doesNotContain(e.storePassword(), e.adminPassword(), e.userPassword());
    }

    @Test
    void passwordsDoNotReachTheBrokerLogs(@SecureCluster Sandbox sandbox) throws Exception {
        SecureEndpoints e = sandbox.secureEndpoints().orElseThrow();
        String log = Files.readString(sandbox.dataDir().resolve("node-1").resolve(KafkaNode.LOG_FILE));
        assertThat(log).contains("SASL_SSL").doesNotContain(e.adminPassword(), e.userPassword());
        java.nio.file.Path own = java.nio.file.Path.of("target", "test-logs", "partita-test.log");
        if (Files.exists(own)) {
            assertThat(Files.readString(own)).doesNotContain(e.adminPassword(), e.userPassword(), e.storePassword());
        }
    }
}
