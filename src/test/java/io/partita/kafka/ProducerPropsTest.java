package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.ProducerSettings;
import io.partita.model.RegistryConfig;
import io.partita.model.SecretKind;
import io.partita.model.SecurityConfig;
import io.partita.model.SecurityProtocol;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProducerPropsTest {

    private static ClusterProfile saslProfile() {
        SecurityConfig sec = new SecurityConfig(SecurityProtocol.SASL_PLAINTEXT, "PLAIN", "alice", null, null, null,
                null, true);
        return new ClusterProfile("p", "localhost:9092", sec, Map.of("linger.ms", "20", "bogus.key", "x"),
                RegistryConfig.none(), false, null);
    }

    @Test
    void effectiveConfigShowsKafkaDefaultsOurSettingsAndMasksSecrets() {
        ClusterProfile profile = saslProfile();
        Map<String, Object> common = KafkaClientConfig.common(profile,
                Credentials.none().with(SecretKind.SASL_PASSWORD, "s3cret"));
        MessageSender sender = new MessageSender(profile, common, new MutationGuard(profile));

        Map<String, String> shown = sender.effectiveConfig(sender.defaultSettings());

        assertThat(shown).containsEntry("acks", "-1")
                .containsEntry("linger.ms", "20")
                .containsEntry("delivery.timeout.ms", "30000")
                .containsEntry("max.block.ms", "10000")
                .containsEntry("sasl.jaas.config", ProducerProps.MASK)
                .containsKey("buffer.memory");
        assertThat(shown.get("bogus.key")).contains("not a producer setting");
        assertThat(shown.values()).noneMatch(v -> v.contains("s3cret"));
    }

    @Test
    void kafkasOwnRefusalIsReportedAsSuch() {
        ClusterProfile profile = ClusterProfile.simple("p", "localhost:9092", null);
        MessageSender sender = new MessageSender(profile, KafkaClientConfig.common(profile, Credentials.none()),
                new MutationGuard(profile));
        ProducerSettings bad = new ProducerSettings("all", true, "brotli", 0, 1, 1000, 500, 1, 1);
        assertThatThrownBy(() -> sender.effectiveConfig(bad)).hasMessageStartingWith("Kafka refuses these producer");
    }
}
