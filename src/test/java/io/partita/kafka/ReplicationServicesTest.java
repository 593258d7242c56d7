package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.ClusterInfo;
import io.partita.model.Credentials;
import io.partita.model.NewTopic;
import io.partita.model.PartitionDetail;
import io.partita.model.ReassignmentPlan;
import io.partita.model.TopicPartitionRef;
import io.partita.model.TopicSummary;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import io.partita.testkit.ThreeBrokers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Replication, reassignment and leader election on the shared 3-broker sandbox. Brokers are restarted before return. */
@ExtendWith(SandboxExtension.class)
class ReplicationServicesTest {

    private static final Duration T = Duration.ofSeconds(20);

    private static String uniqueTopic() {
        return "r-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(250);
        }
    }

    @Test
    void stoppedBrokerLeavesTheIsrAndComesBack(@ThreeBrokers Sandbox cluster) throws Exception {
        String topic = uniqueTopic();
        try (ClusterSession session = ClusterSession.open(cluster.profile(), Credentials.none())) {
            session.topicMutations().create(new NewTopic(topic, 3, (short) 3, Map.of()), T);
            int victim = cluster.brokerIds().get(2);
            cluster.stopBroker(victim);
            try {
                await("ISR without broker " + victim, () -> session.topics().partitions(topic, T).stream()
                        .allMatch(p -> !p.isr().contains(victim)));
                TopicSummary row = session.topics().list(false, T, b -> { }).stream()
                        .filter(t -> t.name().equals(topic)).findFirst().orElseThrow();
                assertThat(row.underReplicated()).isEqualTo(3);
                ClusterInfo info = session.cluster().describe(T);
                assertThat(info.underReplicated()).isGreaterThanOrEqualTo(3);
            } finally {
                cluster.startBroker(victim);
            }
            await("ISR complete again", () -> session.topics().partitions(topic, T).stream()
                    .noneMatch(PartitionDetail::underReplicated));
        }
    }

    @Test
    void reassignmentMovesReplicasAndPreferredElectionRestoresLeaders(@ThreeBrokers Sandbox cluster) throws Exception {
        String topic = uniqueTopic();
        List<Integer> brokers = cluster.brokerIds();
        try (ClusterSession session = ClusterSession.open(cluster.profile(), Credentials.none())) {
            session.topicMutations().create(new NewTopic(topic, 2, (short) 1, Map.of()), T);
            ReassignmentPlan plan = new ReassignmentPlan(List.of(
                    new ReassignmentPlan.Move(topic, 0, List.of(brokers.get(1), brokers.get(2))),
                    new ReassignmentPlan.Move(topic, 1, List.of(brokers.get(2), brokers.get(0)))));

            session.reassignments().execute(plan, 10_000_000L, T);
            await("reassignment done", () -> session.reassignments().inProgress(T).isEmpty()
                    && session.topics().partitions(topic, T).get(1).replicas().size() == 2);
            session.reassignments().clearThrottle(plan, brokers, T);

            List<PartitionDetail> parts = session.topics().partitions(topic, T);
            assertThat(parts.get(0).replicas()).containsExactly(brokers.get(1), brokers.get(2));
            assertThat(parts.get(1).replicas()).containsExactly(brokers.get(2), brokers.get(0));

            // Bounce the preferred leader of partition 0: leadership moves away, then an election brings it back.
            int preferred = brokers.get(1);
            cluster.stopBroker(preferred);
            try {
                await("leader moved away", () -> !Integer.valueOf(preferred)
                        .equals(session.topics().partitions(topic, T).get(0).leader()));
            } finally {
                cluster.startBroker(preferred);
            }
            await("replica back in ISR", () -> session.topics().partitions(topic, T).get(0).isr().contains(preferred));
            assertThat(session.topics().partitions(topic, T).get(0).leaderNotPreferred()).isTrue();

            session.reassignments().electPreferredLeaders(Set.of(new TopicPartitionRef(topic, 0)), T);
            await("preferred leader back", () -> session.topics().partitions(topic, T).get(0).leader() == preferred);
        }
    }
}
