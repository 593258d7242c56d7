package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.ConfigValue;
import io.partita.model.Credentials;
import io.partita.model.NewTopic;
import io.partita.model.PartitionDetail;
import io.partita.model.TopicSummary;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Topic reads and mutations against the shared single-node sandbox. */
@ExtendWith(SandboxExtension.class)
class TopicServicesTest {

    private static final Duration T = Duration.ofSeconds(20);
    private static ClusterSession session;

    @BeforeAll
    static void connect(Sandbox sandbox) {
        session = ClusterSession.open(sandbox.profile(), Credentials.none());
    }

    @AfterAll
    static void disconnect() {
        session.close();
    }

    private static String uniqueTopic() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void produce(Sandbox sandbox, String topic, int partition, int count) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", sandbox.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, partition, "k" + i, "value-" + i));
            }
            producer.flush();
        }
    }

    @Test
    void topicListCountsMessagesAndSizesPerTopic(Sandbox sandbox) {
        String topic = uniqueTopic();
        session.topicMutations().create(new NewTopic(topic, 3, (short) 1, Map.of()), T);
        produce(sandbox, topic, 1, 25);
        List<List<TopicSummary>> batches = new ArrayList<>();

        List<TopicSummary> all = session.topics().list(false, T, batches::add);

        TopicSummary row = all.stream().filter(t -> t.name().equals(topic)).findFirst().orElseThrow();
        assertThat(row.partitions()).isEqualTo(3);
        assertThat(row.replicationFactor()).isEqualTo(1);
        assertThat(row.messages()).isEqualTo(25L);
        assertThat(row.sizeBytes()).isPositive();
        assertThat(batches).isNotEmpty();
        assertThat(all).noneMatch(TopicSummary::internal);
    }

    @Test
    void partitionsShowOffsetsLeaderAndReplicas(Sandbox sandbox) {
        String topic = uniqueTopic();
        session.topicMutations().create(new NewTopic(topic, 2, (short) 1, Map.of()), T);
        produce(sandbox, topic, 0, 7);

        List<PartitionDetail> parts = session.topics().partitions(topic, T);

        assertThat(parts).extracting(PartitionDetail::partition).containsExactly(0, 1);
        assertThat(parts.get(0).earliestOffset()).isZero();
        assertThat(parts.get(0).latestOffset()).isEqualTo(7L);
        assertThat(parts.get(0).leader()).isEqualTo(parts.get(0).replicas().get(0));
        assertThat(parts.get(0).underReplicated()).isFalse();
    }

    @Test
    void brokerRefusesAnInvalidTopicWithItsOwnMessage() {
        NewTopic tooManyReplicas = new NewTopic(uniqueTopic(), 1, (short) 3, Map.of());
        assertThat(session.topicMutations().validate(tooManyReplicas, T))
                .hasValueSatisfying(msg -> assertThat(msg).containsIgnoringCase("replication factor"));

        NewTopic badConfig = new NewTopic(uniqueTopic(), 1, (short) 1, Map.of("cleanup.policy", "sometimes"));
        assertThatThrownBy(() -> session.topicMutations().create(badConfig, T))
                .isInstanceOf(KafkaOperationException.class).hasMessageContaining("cleanup.policy");
    }

    @Test
    void configOverrideRoundTripAndReset() {
        String topic = uniqueTopic();
        session.topicMutations().create(new NewTopic(topic, 1, (short) 1, Map.of()), T);

        session.configs().alterTopic(topic, Map.of("retention.ms", "3600000"), List.of(), T);
        ConfigValue set = value(topic, "retention.ms");
        assertThat(set.value()).isEqualTo("3600000");
        assertThat(set.source()).isEqualTo(ConfigValue.Source.TOPIC_OVERRIDE);

        session.configs().alterTopic(topic, Map.of(), List.of("retention.ms"), T);
        // The broker answers describeConfigs from its metadata image, which can lag the alter by a moment.
        ConfigValue reset = value(topic, "retention.ms");
        for (int i = 0; i < 100 && reset.source() == ConfigValue.Source.TOPIC_OVERRIDE; i++) {
            sleep(50);
            reset = value(topic, "retention.ms");
        }
        assertThat(reset.source()).isNotEqualTo(ConfigValue.Source.TOPIC_OVERRIDE);
        assertThat(reset.value()).isEqualTo("604800000");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ConfigValue value(String topic, String key) {
        return session.configs().topicConfigs(topic, T).stream().filter(c -> c.name().equals(key)).findFirst()
                .orElseThrow();
    }

    @Test
    void addPartitionsAndEmptyTheTopic(Sandbox sandbox) {
        String topic = uniqueTopic();
        session.topicMutations().create(new NewTopic(topic, 1, (short) 1, Map.of()), T);
        produce(sandbox, topic, 0, 10);

        session.topicMutations().addPartitions(topic, 4, T);
        session.topicMutations().empty(topic, session.topics().partitions(topic, T), T);

        List<PartitionDetail> parts = session.topics().partitions(topic, T);
        assertThat(parts).hasSize(4);
        assertThat(parts.get(0).earliestOffset()).isEqualTo(10L);
        assertThat(parts.get(0).messages()).isZero();
    }

    @Test
    void deletedTopicDisappearsFromTheList() {
        String topic = uniqueTopic();
        session.topicMutations().create(new NewTopic(topic, 1, (short) 1, Map.of()), T);
        session.topicMutations().delete(topic, T);

        assertThat(session.topics().list(false, T, b -> { })).extracting(TopicSummary::name).doesNotContain(topic);
    }

    @Test
    void readOnlyProfileRefusesEveryMutationBeforeTouchingTheCluster(Sandbox sandbox) {
        var p = sandbox.profile();
        var readOnly = new io.partita.model.ClusterProfile(p.name(), p.bootstrapServers(), p.security(),
                p.clientProperties(), p.registry(), true, p.color());
        try (ClusterSession ro = ClusterSession.open(readOnly, Credentials.none())) {
            List<Runnable> mutations = List.of(
                    () -> ro.topicMutations().create(new NewTopic("x", 1, (short) 1, Map.of()), T),
                    () -> ro.topicMutations().validate(new NewTopic("x", 1, (short) 1, Map.of()), T),
                    () -> ro.topicMutations().delete("demo.text", T),
                    () -> ro.topicMutations().addPartitions("demo.text", 9, T),
                    () -> ro.topicMutations().deleteRecords("demo.text", Map.of(0, 1L), T),
                    () -> ro.topicMutations().empty("demo.text", List.of(), T),
                    () -> ro.configs().alterTopic("demo.text", Map.of("retention.ms", "1"), List.of(), T),
                    () -> ro.configs().alterBroker(1, Map.of("log.cleaner.threads", "2"), List.of(), T),
                    () -> ro.reassignments().execute(new io.partita.model.ReassignmentPlan(List.of()), null, T),
                    () -> ro.reassignments().cancel(List.of(), T),
                    () -> ro.reassignments().electPreferredLeaders(Set.of(), T),
                    () -> ro.reassignments().clearThrottle(new io.partita.model.ReassignmentPlan(List.of()),
                            List.of(1), T));
            for (Runnable mutation : mutations) {
                assertThatThrownBy(mutation::run).isInstanceOf(ReadOnlyProfileException.class)
                        .hasMessageContaining("read-only");
            }
            assertThat(ro.allowsMutations()).isFalse();
        }
    }
}
