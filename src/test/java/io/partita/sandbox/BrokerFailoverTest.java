package io.partita.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.testkit.SandboxExtension;
import io.partita.testkit.ThreeBrokers;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class BrokerFailoverTest {

    private static final Duration ISR_CHANGE = Duration.ofSeconds(60);

    @Test
    void stoppedBrokerLeavesTheIsrAndRejoinsItAfterARestart(@ThreeBrokers Sandbox cluster) throws Exception {
        String topic = "isr-" + UUID.randomUUID();
        try (Admin admin = TestClients.admin(cluster.bootstrapServers())) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 3))).all().get(30, TimeUnit.SECONDS);
            assertThat(awaitIsr(admin, topic, isr -> isr.size() == 3)).containsExactlyInAnyOrder(1, 2, 3);

            cluster.stopBroker(2);
            try {
                assertThat(cluster.bootstrapServers().split(",")).hasSize(2);
                assertThat(awaitIsr(admin, topic, isr -> !isr.contains(2))).containsExactlyInAnyOrder(1, 3);
            } finally {
                cluster.startBroker(2);
            }

            assertThat(awaitIsr(admin, topic, isr -> isr.contains(2))).containsExactlyInAnyOrder(1, 2, 3);
        }
    }

    /** The ISR of partition 0 once it matches, or the last one seen after {@link #ISR_CHANGE}. */
    private static Set<Integer> awaitIsr(Admin admin, String topic, Predicate<Set<Integer>> wanted)
            throws Exception {
        long end = System.nanoTime() + ISR_CHANGE.toNanos();
        Set<Integer> isr = Set.of();
        while (System.nanoTime() < end) {
            try {
                isr = admin.describeTopics(List.of(topic)).allTopicNames().get(20, TimeUnit.SECONDS).get(topic)
                        .partitions().get(0).isr().stream().map(Node::id).collect(Collectors.toSet());
                if (wanted.test(isr)) {
                    return isr;
                }
            } catch (ExecutionException e) {
                // A broker that has not yet applied the new topic's metadata answers "unknown topic": ask again.
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
            Thread.sleep(250);
        }
        return isr;
    }
}
