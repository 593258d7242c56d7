package io.partita.ui.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.model.Credentials;
import io.partita.model.NewTopic;
import io.partita.model.PartitionDetail;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import io.partita.testkit.ThreeBrokers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The topic detail and reassignment view models on the shared 3-broker sandbox. Stopped brokers are restarted. */
@ExtendWith(SandboxExtension.class)
class TopicDetailThreeBrokersTest {

    private static final Duration T = Duration.ofSeconds(20);
    private final ScriptedTopicDialogs dialogs = new ScriptedTopicDialogs();
    private final DirectTaskRunner runner = new DirectTaskRunner();

    private static String uniqueTopic() {
        return "d-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(250);
        }
    }

    private TopicDetailViewModel detail(ClusterSession session, String topic) {
        TopicDetailViewModel vm = new TopicDetailViewModel(runner, session, topic, dialogs, dialogs, dialogs);
        vm.refreshCommand().execute();
        return vm;
    }

    private static boolean refreshed(TopicDetailViewModel vm, java.util.function.Predicate<List<PartitionDetail>> ok) {
        vm.refreshCommand().execute();
        return ok.test(vm.partitions());
    }

    @Test
    void partitionsMissingAStoppedBrokerAreMarkedUnderReplicatedUntilItReturns(@ThreeBrokers Sandbox cluster)
            throws Exception {
        String topic = uniqueTopic();
        try (ClusterSession session = ClusterSession.open(cluster.profile(), Credentials.none())) {
            session.topicMutations().create(new NewTopic(topic, 3, (short) 3, Map.of()), T);
            TopicDetailViewModel vm = detail(session, topic);
            assertThat(vm.underReplicatedProperty().get()).isZero();
            int victim = cluster.brokerIds().get(2);
            cluster.stopBroker(victim);
            try {
                await("ISR without " + victim, () -> refreshed(vm, ps -> ps.stream()
                        .noneMatch(p -> p.isr().contains(victim))));
                assertThat(vm.underReplicatedProperty().get()).isEqualTo(3);
                assertThat(vm.partitions()).allMatch(PartitionDetail::underReplicated);
                assertThat(vm.healthProperty().get()).contains("3 under-replicated");
            } finally {
                cluster.startBroker(victim);
            }
            await("ISR complete", () -> refreshed(vm, ps -> ps.stream().noneMatch(PartitionDetail::underReplicated)));
            assertThat(vm.underReplicatedProperty().get()).isZero();
        }
    }

    @Test
    void electingAllPartitionsAfterABounceMovesLeadersBackToThePreferredReplica(@ThreeBrokers Sandbox cluster)
            throws Exception {
        String topic = uniqueTopic();
        try (ClusterSession session = ClusterSession.open(cluster.profile(), Credentials.none())) {
            session.topicMutations().create(new NewTopic(topic, 6, (short) 2, Map.of()), T);
            TopicDetailViewModel vm = detail(session, topic);
            int bounced = cluster.brokerIds().get(0);
            cluster.stopBroker(bounced);
            try {
                await("leaders moved off " + bounced, () -> refreshed(vm, ps -> ps.stream()
                        .noneMatch(p -> Integer.valueOf(bounced).equals(p.leader()))));
            } finally {
                cluster.startBroker(bounced);
            }
            await("back in sync", () -> refreshed(vm, ps -> ps.stream().noneMatch(PartitionDetail::underReplicated)));
            assertThat(vm.notPreferredProperty().get()).isPositive();

            vm.electAllCommand().execute();

            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.statusProperty().get()).startsWith("Moved leadership back to the preferred replica of");
            // The controller has elected; the brokers' metadata may show it a moment later.
            await("preferred leaders everywhere", () -> refreshed(vm, ps -> ps.stream()
                    .noneMatch(PartitionDetail::leaderNotPreferred)));
            assertThat(vm.notPreferredProperty().get()).isZero();
        }
    }

    @Test
    void evenPlanFromTheDialogMovesReplicasAsTheAdminClientSees(@ThreeBrokers Sandbox cluster) throws Exception {
        String topic = uniqueTopic();
        List<Integer> brokers = cluster.brokerIds();
        try (ClusterSession session = ClusterSession.open(cluster.profile(), Credentials.none());
             Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            session.topicMutations().create(new NewTopic(topic, 4, (short) 1, Map.of()), T);
            TopicDetailViewModel vm = detail(session, topic);
            dialogs.reassignScript = dialog -> {
                dialog.brokers().forEach(b -> b.chosenProperty().set(b.broker().id() != brokers.get(2)));
                dialog.generateCommand().execute();
                dialog.throttleMbProperty().set("20");
                assertThat(dialog.jsonProperty().get()).contains("\"topic\" : \"" + topic + "\"");
                dialog.executeCommand().execute();
                for (int i = 0; i < 120 && dialog.movingProperty().get(); i++) {
                    sleep(500);
                    runner.tick();
                }
                assertThat(dialog.errorProperty().get()).isEmpty();
                assertThat(dialog.statusProperty().get()).contains("done").contains("Removed the replication throttle");
            };

            vm.reassignCommand().execute();

            TopicDescription described = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            assertThat(described.partitions()).extracting(p -> p.replicas().get(0).id())
                    .containsExactly(brokers.get(0), brokers.get(1), brokers.get(0), brokers.get(1));
            assertThat(described.partitions()).extracting(TopicPartitionInfo::isr).allMatch(isr -> isr.size() == 1);
            var throttles = admin.describeConfigs(List.of(new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topic))).all().get().values().iterator()
                    .next().get("leader.replication.throttled.replicas");
            assertThat(throttles.value()).isEmpty();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
