package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.filter.RecordFilter;
import io.partita.model.Credentials;
import io.partita.model.DecodedMessage;
import io.partita.model.FormatChoice;
import io.partita.model.ReadProgress;
import io.partita.model.ReadRequest;
import io.partita.model.StartPosition;
import io.partita.model.StopCondition;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Start positions, stop conditions, limits and the live tail against the shared sandbox. */
@ExtendWith(SandboxExtension.class)
class MessageReaderSandboxTest {

    /** Record i of partition p has timestamp BASE + i minutes and value "p-i". */
    private static final long BASE = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    private static final int PER_PARTITION = 20;

    private static String topic;
    private static Sandbox cluster;
    private static ClusterSession session;

    @BeforeAll
    static void produce(Sandbox sandbox) throws Exception {
        cluster = sandbox;
        topic = MessageTopics.unique("reader");
        MessageTopics.create(sandbox.bootstrapServers(), topic, 3);
        List<MessageTopics.Out> out = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            for (int i = 0; i < PER_PARTITION; i++) {
                out.add(new MessageTopics.Out(p, ("k" + i).getBytes(StandardCharsets.UTF_8),
                        (p + "-" + i).getBytes(StandardCharsets.UTF_8), BASE + i * 60_000L));
            }
        }
        MessageTopics.produce(sandbox.bootstrapServers(), topic, out);
        session = ClusterSession.open(sandbox.profile(), Credentials.none());
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static MessageTopics.Collector read(ReadRequest request) throws InterruptedException {
        MessageTopics.Collector collector = new MessageTopics.Collector();
        MessageReader reader = session.read(request, collector);
        assertThat(reader.awaitFinished(Duration.ofSeconds(30))).as("browse finished").isTrue();
        return collector;
    }


    @Test
    void readsEveryPartitionToTheEndOffsetsSeenAtStart() throws Exception {
        MessageTopics.Collector c = read(ReadRequest.wholeTopic(topic));
        assertThat(c.messages).hasSize(3 * PER_PARTITION);
        ReadProgress done = c.finished.get();
        assertThat(done.finished()).isTrue();
        assertThat(done.partitions()).allSatisfy(p -> assertThat(p.position()).isEqualTo(PER_PARTITION));
    }

    @Test
    void endMinusNReadsTheLastNOfEachPartition() throws Exception {
        MessageTopics.Collector c = read(ReadRequest.wholeTopic(topic).withStart(new StartPosition.EndMinus(2)));
        assertThat(c.sortedValues()).containsExactly("0-18", "0-19", "1-18", "1-19", "2-18", "2-19");
    }

    @Test
    void aTimestampStartUsesTheFirstRecordAtOrAfterIt() throws Exception {
        Instant at = Instant.ofEpochMilli(BASE + 17 * 60_000L);
        MessageTopics.Collector c = read(ReadRequest.wholeTopic(topic).withStart(new StartPosition.AtTime(at))
                .withPartitions(List.of(1)));
        assertThat(c.sortedValues()).containsExactly("1-17", "1-18", "1-19");
    }

    @Test
    void aTimestampStopEndsBeforeTheFirstRecordThatLate() throws Exception {
        Instant until = Instant.ofEpochMilli(BASE + 2 * 60_000L);
        MessageTopics.Collector c = read(ReadRequest.wholeTopic(topic).withStop(new StopCondition.AtTime(until))
                .withPartitions(List.of(0)));
        assertThat(c.sortedValues()).containsExactly("0-0", "0-1");
    }

    @Test
    void anOffsetStartAppliesToEveryChosenPartition() throws Exception {
        MessageTopics.Collector c = read(ReadRequest.wholeTopic(topic).withStart(new StartPosition.AtOffset(18))
                .withPartitions(List.of(0, 2)));
        assertThat(c.sortedValues()).containsExactly("0-18", "0-19", "2-18", "2-19");
    }

    @Test
    void theMessageLimitStopsTheBrowse() throws Exception {
        MessageTopics.Collector c = read(ReadRequest.wholeTopic(topic).withMax(7));
        assertThat(c.messages).hasSize(7);
    }

    @Test
    void aGroupStartUsesItsCommittedOffsetsAndTheBeginningElsewhere() throws Exception {
        String group = MessageTopics.unique("reader-group");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            admin.alterConsumerGroupOffsets(group, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(15)))
                    .all().get(30, TimeUnit.SECONDS);
        }
        MessageTopics.Collector c = read(ReadRequest.wholeTopic(topic)
                .withStart(new StartPosition.GroupCommitted(group)).withPartitions(List.of(0, 1)));
        Map<Integer, Long> perPartition = c.messages.stream().collect(Collectors.groupingBy(
                m -> m.message().partition(), Collectors.counting()));
        assertThat(perPartition).containsEntry(0, 5L).containsEntry(1, (long) PER_PARTITION);
        assertThat(c.finished.get().notes()).singleElement().asString().contains("partition(s) [1]");
    }

    @Test
    void aGroupStartLeavesTheGroupsCommittedOffsetsAsTheyWereAndJoinsNothing() throws Exception {
        String group = MessageTopics.unique("untouched-group");
        Map<TopicPartition, OffsetAndMetadata> before = Map.of(new TopicPartition(topic, 0),
                new OffsetAndMetadata(15), new TopicPartition(topic, 2), new OffsetAndMetadata(3));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            admin.alterConsumerGroupOffsets(group, before).all().get(30, TimeUnit.SECONDS);
            // A live tail too: a reader still polling must not be a member either.
            MessageTopics.Collector live = new MessageTopics.Collector();
            MessageReader tail = session.read(ReadRequest.wholeTopic(topic)
                    .withStart(new StartPosition.GroupCommitted(group)).withStop(StopCondition.NEVER), live);
            try {
                live.awaitCount(5 + PER_PARTITION + 17, Duration.ofSeconds(20));
                assertThat(live.messages).hasSize(5 + PER_PARTITION + 17);
                assertThat(members(admin, group)).as("members while a tail reads").isEmpty();
            } finally {
                tail.stop();
            }
            assertThat(tail.awaitFinished(Duration.ofSeconds(10))).isTrue();
            MessageTopics.Collector c = read(ReadRequest.wholeTopic(topic)
                    .withStart(new StartPosition.GroupCommitted(group)));
            assertThat(c.messages).hasSize(5 + PER_PARTITION + 17);
            Map<TopicPartition, OffsetAndMetadata> after = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            assertThat(after).isEqualTo(before);
            assertThat(members(admin, group)).as("members after the browses").isEmpty();
        }
    }

    private static Collection<?> members(Admin admin, String group) throws Exception {
        return admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get(30, TimeUnit.SECONDS)
                .members();
    }

    @Test
    void theLiveTailSeesRecordsProducedAfterItStarted() throws Exception {
        String live = MessageTopics.unique("live");
        MessageTopics.create(cluster.bootstrapServers(), live, 2);
        MessageTopics.Collector c = new MessageTopics.Collector();
        MessageReader reader = session.read(ReadRequest.wholeTopic(live).withStop(StopCondition.NEVER)
                .withFormats(FormatChoice.AUTO, FormatChoice.AUTO), c);
        Thread.sleep(1500);
        MessageTopics.produce(cluster.bootstrapServers(), live, List.of(
                new MessageTopics.Out(0, null, "new-0".getBytes(StandardCharsets.UTF_8), null),
                new MessageTopics.Out(1, null, "new-1".getBytes(StandardCharsets.UTF_8), null)));
        c.awaitCount(2, Duration.ofSeconds(20));
        assertThat(c.sortedValues()).containsExactly("new-0", "new-1");
        assertThat(c.finished.get()).as("still running").isNull();
        reader.stop();
        assertThat(reader.awaitFinished(Duration.ofSeconds(10))).isTrue();
        assertThat(c.errorText()).isEmpty();
    }

    @Test
    void aCaughtUpLiveTailHandsOutARecordWithoutWaitingForTheNextPoll() throws Exception {
        String live = MessageTopics.unique("prompt");
        MessageTopics.create(cluster.bootstrapServers(), live, 1);
        MessageTopics.Collector c = new MessageTopics.Collector();
        // Polls that wait half a minute for more: the record must still come at once, not when the next poll ends.
        MessageReader reader = MessageReader.start(Map.of("bootstrap.servers", cluster.bootstrapServers()),
                session.schemas(), ReadRequest.wholeTopic(live).withStop(StopCondition.NEVER), RecordFilter.ALL, c,
                Duration.ofSeconds(10), Duration.ofSeconds(30), null);
        try {
            Thread.sleep(1500);
            MessageTopics.produce(cluster.bootstrapServers(), live, List.of(
                    new MessageTopics.Out(0, null, "now".getBytes(StandardCharsets.UTF_8), null)));
            c.awaitCount(1, Duration.ofSeconds(10));
            assertThat(c.sortedValues()).containsExactly("now");
        } finally {
            reader.stop();
        }
        assertThat(reader.awaitFinished(Duration.ofSeconds(10))).isTrue();
        assertThat(c.errorText()).isEmpty();
    }

    @Test
    void aMissingTopicEndsWithAReason() throws Exception {
        MessageTopics.Collector c = read(ReadRequest.wholeTopic(MessageTopics.unique("missing")));
        assertThat(c.errorText()).get().asString().contains("does not exist");
    }

    @Test
    void theReaderRunsAtTheLowestPriorityAndTheCallerKeepsItsOwn() throws Exception {
        Map<String, Integer> priorities = new java.util.concurrent.ConcurrentHashMap<>();
        MessageReader reader = session.read(ReadRequest.wholeTopic(topic), new MessageReader.Sink() {
            @Override
            public void onBatch(List<DecodedMessage> batch, ReadProgress progress) {
                priorities.put(Thread.currentThread().getName(), Thread.currentThread().getPriority());
            }

            @Override
            public void onFinished(ReadProgress progress, String error) {
            }
        });
        assertThat(reader.awaitFinished(Duration.ofSeconds(30))).isTrue();
        assertThat(priorities).isNotEmpty()
                .allSatisfy((thread, priority) -> assertThat(priority).as(thread).isEqualTo(Thread.MIN_PRIORITY));
        assertThat(Thread.currentThread().getPriority()).isEqualTo(Thread.NORM_PRIORITY);
    }

    @Test
    void batchesCarryDecodedKeysAndValues() throws Exception {
        MessageTopics.Collector c = read(ReadRequest.wholeTopic(topic).withPartitions(List.of(2)).withMax(1));
        DecodedMessage first = c.messages.get(0);
        assertThat(first.key().format().id()).isEqualTo("text");
        assertThat(first.message().instant()).isEqualTo(Instant.ofEpochMilli(BASE));
    }
}
