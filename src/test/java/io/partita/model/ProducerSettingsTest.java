package io.partita.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProducerSettingsTest {

    @Test
    void defaultsAreUsableAndSafe() {
        ProducerSettings d = ProducerSettings.defaults();
        assertThat(d.problems()).isEmpty();
        assertThat(d.acks()).isEqualTo("all");
        assertThat(d.idempotence()).isTrue();
    }

    @Test
    void idempotenceWithAcksOneIsAProblemThatSaysWhatToDo() {
        assertThat(ProducerSettings.defaults().withAcks("1").problems())
                .containsExactly("idempotence needs acks=all: choose acks=all or turn idempotence off");
        assertThat(ProducerSettings.defaults().withAcks("1").withIdempotence(false).problems()).isEmpty();
    }

    @Test
    void deliveryTimeoutMustCoverLingerAndRequestTimeout() {
        assertThat(ProducerSettings.defaults().withTimeouts(5000, 10_000).problems())
                .anyMatch(p -> p.startsWith("delivery.timeout.ms (5000) must be at least"));
    }

    @Test
    void profilePropertiesPinSettings() {
        ProducerSettings s = ProducerSettings.fromProperties(Map.of("acks", "-1", "linger.ms", "50",
                "security.protocol", "SSL"));
        assertThat(s.acks()).isEqualTo("all");
        assertThat(s.lingerMs()).isEqualTo(50);
        assertThat(s.toProperties()).containsEntry("linger.ms", "50").containsEntry("enable.idempotence", "true");
    }

    @Test
    void everySettingHasAMeaning() {
        assertThat(ProducerSettings.MEANINGS.keySet())
                .containsExactlyInAnyOrderElementsOf(ProducerSettings.defaults().toProperties().keySet());
    }
}
