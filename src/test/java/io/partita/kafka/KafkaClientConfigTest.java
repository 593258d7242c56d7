package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.RegistryConfig;
import io.partita.model.SecretKind;
import io.partita.model.SecurityConfig;
import io.partita.model.SecurityProtocol;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClientConfigTest {

    private static ClusterProfile scram(Map<String, String> extra) {
        return new ClusterProfile("p", "b1:9093", new SecurityConfig(SecurityProtocol.SASL_SSL, "SCRAM-SHA-512",
                "al\"ice", "/trust.p12", "PKCS12", null, null, false), extra, RegistryConfig.none(), false, null);
    }

    @Test
    void scramProfileBecomesJaasConfigWithTheSecretFromCredentials() {
        Credentials creds = Credentials.of(Map.of(SecretKind.SASL_PASSWORD, "s3cret", SecretKind.TRUSTSTORE_PASSWORD, "tp"));

        Map<String, Object> props = KafkaClientConfig.common(scram(Map.of()), creds);

        assertThat(props).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.location", "/trust.p12")
                .containsEntry("ssl.truststore.password", "tp")
                .containsEntry("ssl.endpoint.identification.algorithm", "");
        assertThat((String) props.get("sasl.jaas.config"))
                .startsWith("org.apache.kafka.common.security.scram.ScramLoginModule required")
                .contains("username=\"al\\\"ice\"").contains("password=\"s3cret\"");
    }

    @Test
    void extraClientPropertiesOverrideDefaults() {
        Map<String, Object> props = KafkaClientConfig.admin(scram(Map.of("request.timeout.ms", "99", "client.id", "me")),
                Credentials.none(), Duration.ofSeconds(10));

        assertThat(props).containsEntry("request.timeout.ms", "99").containsEntry("client.id", "me")
                .containsEntry("default.api.timeout.ms", 10000);
    }

    @Test
    void credentialsNeverShowTheirValues() {
        Credentials creds = Credentials.of(Map.of(SecretKind.SASL_PASSWORD, "s3cret"));
        assertThat(creds.toString()).doesNotContain("s3cret").contains("SASL_PASSWORD");
    }
}
