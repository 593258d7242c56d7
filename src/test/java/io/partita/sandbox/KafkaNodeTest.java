package io.partita.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaNodeTest {

    private static final SandboxLayout ONE = new SandboxLayout(1, "id", 1, 9093, List.of(9092), 8080, 8081);
    private static final SandboxLayout THREE = new SandboxLayout(1, "id", 3, 9093, List.of(9101, 9102, 9103),
            8080, 8081);

    @Test
    void combinedNodeListensOnLoopbackOnlyWithSingleReplicaInternalTopics() {
        Properties p = KafkaNode.properties(1, KafkaNode.Role.COMBINED, ONE, Path.of("/d"));

        assertThat(p.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(p.getProperty("listeners")).isEqualTo("PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093");
        assertThat(p.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:9092");
        assertThat(p.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(p.getProperty("transaction.state.log.min.isr")).isEqualTo("1");
        assertThat(p.getProperty("group.initial.rebalance.delay.ms")).isEqualTo("0");
        assertThat(p).doesNotContainKey("replica.lag.time.max.ms");
    }

    @Test
    void brokersOfAClusterFindTheControllerAndReplicateInternalTopicsThrice() {
        Properties controller = KafkaNode.properties(1000, KafkaNode.Role.CONTROLLER, THREE, Path.of("/d"));
        Properties broker = KafkaNode.properties(2, KafkaNode.Role.BROKER, THREE, Path.of("/d"));

        assertThat(controller.getProperty("process.roles")).isEqualTo("controller");
        assertThat(controller.getProperty("listeners")).isEqualTo("CONTROLLER://127.0.0.1:9093");
        assertThat(controller).doesNotContainKey("advertised.listeners");
        assertThat(broker.getProperty("process.roles")).isEqualTo("broker");
        assertThat(broker.getProperty("listeners")).isEqualTo("PLAINTEXT://127.0.0.1:9102");
        assertThat(broker.getProperty("controller.quorum.bootstrap.servers")).isEqualTo("127.0.0.1:9093");
        assertThat(broker.getProperty("offsets.topic.replication.factor")).isEqualTo("3");
        assertThat(broker.getProperty("transaction.state.log.min.isr")).isEqualTo("2");
        assertThat(broker.getProperty("replica.lag.time.max.ms")).isEqualTo("5000");
    }
}
