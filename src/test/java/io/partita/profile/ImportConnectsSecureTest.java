package io.partita.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.kafka.ClientConfigNames;
import io.partita.kafka.ConnectionTester;
import io.partita.model.ConnectionReport;
import io.partita.model.SecretKind;
import io.partita.sandbox.Sandbox;
import io.partita.sandbox.SecureEndpoints;
import io.partita.testkit.SandboxExtension;
import io.partita.testkit.SecureCluster;
import io.partita.testkit.SecureProfiles;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A client.properties file as Kafka's own tools take it (--command-config) becomes a profile that connects. */
@ExtendWith(SandboxExtension.class)
class ImportConnectsSecureTest {

    @Test
    void aScramClientPropertiesFileImportsIntoAProfileThatConnects(@SecureCluster Sandbox sandbox) {
        SecureEndpoints e = SecureProfiles.endpoints(sandbox);
        String file = "bootstrap.servers=" + e.saslSsl() + "\n"
                + "security.protocol=SASL_SSL\n"
                + "sasl.mechanism=SCRAM-SHA-512\n"
                + "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\\n"
                + "    username=\"" + e.user() + "\" password=\"" + e.userPassword() + "\";\n"
                + "ssl.truststore.location=" + e.truststore().toString().replace("\\", "\\\\") + "\n"
                + "ssl.truststore.type=" + e.storeType() + "\n"
                + "ssl.truststore.password=" + e.storePassword() + "\n";

        ImportedProfile imported = ProfileImport.clientProperties("imported", file, ClientConfigNames::isKnown);

        assertThat(imported.profile().security().saslUsername()).isEqualTo(e.user());
        assertThat(imported.profile().clientProperties()).doesNotContainKeys("sasl.jaas.config",
                "ssl.truststore.password");
        assertThat(imported.credentials().get(SecretKind.SASL_PASSWORD)).contains(e.userPassword());
        ConnectionReport report = ConnectionTester.test(imported.profile(), imported.credentials(),
                Duration.ofSeconds(15));
        assertThat(report.kafkaError()).isNull();
        assertThat(report.cluster().brokers()).hasSize(1);
    }
}
