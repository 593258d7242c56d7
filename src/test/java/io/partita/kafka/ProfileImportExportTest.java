package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.RegistryConfig;
import io.partita.model.SecretKind;
import io.partita.model.SecurityConfig;
import io.partita.model.SecurityConfig.OAuthSettings;
import io.partita.model.SecurityProtocol;
import io.partita.profile.ImportedProfile;
import io.partita.profile.ProfileImport;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Import of client.properties and kcat files into profile fields, and export back (kept here: export is in kafka/). */
class ProfileImportExportTest {

    @Test
    void clientPropertiesWithScramJaasFillTheFieldsAndTheSecrets() {
        String file = """
                # tools config
                bootstrap.servers=k1:9093,k2:9093
                security.protocol=SASL_SSL
                sasl.mechanism=SCRAM-SHA-512
                sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
                    username="alice" password="p@ss \\\\\"word\\\\\"";
                ssl.truststore.location=/etc/kafka/truststore.jks
                ssl.truststore.password=trust-pw
                ssl.endpoint.identification.algorithm=
                request.timeout.ms=45000
                some.custom.key=1
                """;

        ImportedProfile imported = ProfileImport.clientProperties("prod", file, ClientConfigNames::isKnown);

        ClusterProfile p = imported.profile();
        SecurityConfig sec = p.security();
        assertThat(p.name()).isEqualTo("prod");
        assertThat(p.bootstrapServers()).isEqualTo("k1:9093,k2:9093");
        assertThat(sec.protocol()).isEqualTo(SecurityProtocol.SASL_SSL);
        assertThat(sec.saslMechanism()).isEqualTo("SCRAM-SHA-512");
        assertThat(sec.saslUsername()).isEqualTo("alice");
        assertThat(sec.truststorePath()).isEqualTo("/etc/kafka/truststore.jks");
        assertThat(sec.truststoreType()).isEqualTo("JKS");
        assertThat(sec.endpointIdentification()).isFalse();
        assertThat(imported.credentials().get(SecretKind.SASL_PASSWORD)).contains("p@ss \"word\"");
        assertThat(imported.credentials().get(SecretKind.TRUSTSTORE_PASSWORD)).contains("trust-pw");
        assertThat(imported.credentials().get(SecretKind.SASL_JAAS_CONFIG)).isEmpty();
        assertThat(p.clientProperties()).containsOnly(Map.entry("request.timeout.ms", "45000"),
                Map.entry("some.custom.key", "1"));
        assertThat(imported.notes()).anyMatch(n -> n.startsWith("some.custom.key is not a Kafka client setting"));
        assertThat(p.toString()).doesNotContain("p@ss").doesNotContain("trust-pw");
    }

    @Test
    void kcatConfigUsesLibrdkafkaNames() {
        String file = """
                metadata.broker.list=broker.example:9094
                security.protocol=sasl_ssl
                sasl.mechanisms=PLAIN
                sasl.username=svc-user
                sasl.password=kcat-secret
                ssl.ca.location=/etc/ssl/ca.pem
                ssl.endpoint.identification.algorithm=none
                api.version.request=true
                socket.keepalive.enable=true
                """;

        ImportedProfile imported = ProfileImport.kcat("kc", file, ClientConfigNames::isKnown);

        SecurityConfig sec = imported.profile().security();
        assertThat(imported.profile().bootstrapServers()).isEqualTo("broker.example:9094");
        assertThat(sec.protocol()).isEqualTo(SecurityProtocol.SASL_SSL);
        assertThat(sec.saslMechanism()).isEqualTo("PLAIN");
        assertThat(sec.saslUsername()).isEqualTo("svc-user");
        assertThat(sec.truststorePath()).isEqualTo("/etc/ssl/ca.pem");
        assertThat(sec.truststoreType()).isEqualTo("PEM");
        assertThat(sec.endpointIdentification()).isFalse();
        assertThat(imported.credentials().get(SecretKind.SASL_PASSWORD)).contains("kcat-secret");
        assertThat(imported.profile().clientProperties()).isEmpty();
        assertThat(imported.notes()).anyMatch(n -> n.startsWith("api.version.request was left out"));
    }

    @Test
    void kcatClientCertificateInTwoFilesIsExplained() {
        ImportedProfile imported = ProfileImport.kcat("kc", """
                bootstrap.servers=b:9093
                security.protocol=SSL
                ssl.certificate.location=/c/cert.pem
                ssl.key.location=/c/key.pem
                ssl.key.password=kp
                """, ClientConfigNames::isKnown);

        assertThat(imported.profile().security().keystorePath()).isNull();
        assertThat(imported.credentials().get(SecretKind.KEY_PASSWORD)).contains("kp");
        assertThat(imported.notes()).anyMatch(n -> n.contains("join them"));
    }

    @Test
    void exportWithSecretsImportsBackToTheSameProfile() {
        ClusterProfile original = new ClusterProfile("prod", "k1:9093", new SecurityConfig(SecurityProtocol.SASL_SSL,
                "SCRAM-SHA-256", "bob", "/t.p12", "PKCS12", null, null, true), Map.of("linger.ms", "5"),
                RegistryConfig.of("http://reg:8081"), false, null);
        Credentials secrets = Credentials.of(Map.of(SecretKind.SASL_PASSWORD, "b0b's \\ pw",
                SecretKind.TRUSTSTORE_PASSWORD, "tpw"));

        String text = ProfileExport.clientProperties(original, secrets, true);
        ImportedProfile back = ProfileImport.clientProperties("prod", text, ClientConfigNames::isKnown);

        assertThat(back.profile()).isEqualTo(original);
        assertThat(back.credentials().get(SecretKind.SASL_PASSWORD)).contains("b0b's \\ pw");
        assertThat(back.credentials().get(SecretKind.TRUSTSTORE_PASSWORD)).contains("tpw");
        assertThat(back.notes()).isEmpty();
    }

    @Test
    void exportWithoutSecretsWritesPlaceholdersThatImportSkips() {
        ClusterProfile oauth = new ClusterProfile("o", "k:9093", new SecurityConfig(SecurityProtocol.SASL_SSL,
                "OAUTHBEARER", null, null, null, null, null, true,
                new OAuthSettings("https://idp.example/token", "cid", "read"), null), Map.of(), null, false, null);
        Credentials secrets = Credentials.of(Map.of(SecretKind.OAUTH_CLIENT_SECRET, "real-client-secret"));

        String text = ProfileExport.clientProperties(oauth, secrets, false);

        assertThat(text).doesNotContain("real-client-secret")
                .contains("sasl.oauthbearer.client.credentials.client.secret=<secret: OAuth client secret>")
                .contains("# sasl.oauthbearer.client.credentials.client.secret: put the real secret");
        ImportedProfile back = ProfileImport.clientProperties("o", text, ClientConfigNames::isKnown);
        assertThat(back.profile().security()).isEqualTo(oauth.security());
        assertThat(back.credentials().isEmpty()).isTrue();
    }

    @Test
    void anUnknownJaasOptionKeepsTheWholeLineAsASecret() {
        String jaas = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\" "
                + "password=\"p\" extra_opt=\"x\";";
        ImportedProfile imported = ProfileImport.clientProperties("x", "security.protocol=SASL_PLAINTEXT\n"
                + "sasl.mechanism=PLAIN\nsasl.jaas.config=" + jaas + "\n", ClientConfigNames::isKnown);

        assertThat(imported.credentials().get(SecretKind.SASL_JAAS_CONFIG)).contains(jaas);
        assertThat(imported.profile().clientProperties()).isEmpty();
    }
}
