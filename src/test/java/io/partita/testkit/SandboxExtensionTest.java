package io.partita.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.sandbox.Sandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class SandboxExtensionTest {

    @Test
    void plainParameterGetsTheOneSharedOneNodeSandboxWithRegistry(Sandbox sandbox, Sandbox again) {
        assertThat(again).isSameAs(sandbox);
        assertThat(sandbox.brokerIds()).containsExactly(1);
        assertThat(sandbox.registryUrl()).isPresent();
    }

    @Test
    void threeBrokersParameterGetsTheSharedThreeBrokerCluster(@ThreeBrokers Sandbox cluster, Sandbox oneNode) {
        assertThat(cluster.brokerIds()).containsExactly(1, 2, 3);
        assertThat(cluster.bootstrapServers().split(",")).hasSize(3);
        assertThat(cluster.registryUrl()).isEmpty();
        assertThat(cluster).isNotSameAs(oneNode);
    }
}
