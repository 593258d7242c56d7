package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.filter.RecordFilter;
import io.partita.model.Credentials;
import io.partita.model.ReadRequest;
import io.partita.model.StartPosition;
import io.partita.model.StopCondition;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A consumer kept between the reads of a session, against the shared sandbox. */
@ExtendWith(SandboxExtension.class)
class IdleConsumerSandboxTest {

    private static final io.partita.schema.RegistrySchemas NO_REGISTRY = new io.partita.schema.RegistrySchemas(null);
    private static Sandbox cluster;
    private static String first;
    private static String second;

    @BeforeAll
    static void topics(Sandbox sandbox) throws Exception {
        cluster = sandbox;
        first = topicOf("kept-a", "a");
        second = topicOf("kept-b", "b");
    }

    private static String topicOf(String prefix, String value) throws Exception {
        String topic = MessageTopics.unique(prefix);
        MessageTopics.create(cluster.bootstrapServers(), topic, 2);
        List<MessageTopics.Out> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.add(new MessageTopics.Out(i % 2, null, (value + i).getBytes(StandardCharsets.UTF_8), null));
        }
        MessageTopics.produce(cluster.bootstrapServers(), topic, out);
        return topic;
    }

    private static MessageTopics.Collector read(IdleConsumer idle, ReadRequest request) throws Exception {
        MessageTopics.Collector collector = new MessageTopics.Collector();
        MessageReader reader = MessageReader.start(Map.of("bootstrap.servers", cluster.bootstrapServers()),
                NO_REGISTRY, request, RecordFilter.ALL, collector, Duration.ofSeconds(10), idle);
        assertThat(reader.awaitFinished(Duration.ofSeconds(30))).isTrue();
        assertThat(collector.errorText()).isEmpty();
        return collector;
    }


    @Test
    void theNextReadTakesTheConsumerOfOneThatEndedOnItsOwn() throws Exception {
        try (IdleConsumer idle = new IdleConsumer()) {
            assertThat(read(idle, ReadRequest.wholeTopic(first)).sortedValues()).hasSize(10)
                    .allMatch(v -> v.startsWith("a"));
            assertThat(idle.holding()).isTrue();
            Thread.sleep(700); // past fetch.max.wait.ms: a fetch it left parked at the broker has come back

            MessageTopics.Collector b = read(idle, ReadRequest.wholeTopic(second));

            assertThat(idle.reused()).isEqualTo(1);
            assertThat(b.sortedValues()).hasSize(10).allMatch(v -> v.startsWith("b"));
            assertThat(b.finished.get().partitions()).allSatisfy(p -> assertThat(p.position()).isEqualTo(5));

            Thread.sleep(700); // the same consumer back on the first topic: nothing of its earlier reads comes along
            MessageTopics.Collector last = read(idle, ReadRequest.wholeTopic(first).withStart(
                    new StartPosition.EndMinus(1)));
            assertThat(idle.reused()).isEqualTo(2);
            assertThat(last.sortedValues()).containsExactly("a8", "a9");
        }
    }

    @Test
    void aReadRightAfterAnotherMakesItsOwnConsumer() throws Exception {
        try (IdleConsumer idle = new IdleConsumer()) {
            read(idle, ReadRequest.wholeTopic(first));

            MessageTopics.Collector again = read(idle, ReadRequest.wholeTopic(first));

            assertThat(idle.reused()).isZero();
            assertThat(again.sortedValues()).hasSize(10);
            assertThat(idle.holding()).isTrue();
        }
    }

    @Test
    void aStoppedReadsConsumerIsNotKeptAndTheNextReadWorks() throws Exception {
        try (IdleConsumer idle = new IdleConsumer()) {
            MessageTopics.Collector tail = new MessageTopics.Collector();
            MessageReader reader = MessageReader.start(Map.of("bootstrap.servers", cluster.bootstrapServers()),
                    NO_REGISTRY, ReadRequest.wholeTopic(first).withStop(StopCondition.NEVER), RecordFilter.ALL, tail,
                    Duration.ofSeconds(10), idle);
            tail.awaitCount(10, Duration.ofSeconds(20));
            reader.stop();
            assertThat(reader.awaitFinished(Duration.ofSeconds(10))).isTrue();
            assertThat(idle.holding()).isFalse();

            assertThat(read(idle, ReadRequest.wholeTopic(second)).sortedValues()).hasSize(10);
        }
    }

    @Test
    void aGroupsReadIsNotKeptAndAClosedSessionKeepsNothing() throws Exception {
        IdleConsumer idle = new IdleConsumer();
        read(idle, ReadRequest.wholeTopic(first).withStart(new StartPosition.GroupCommitted(
                MessageTopics.unique("kept-group"))));
        assertThat(idle.holding()).isFalse();

        read(idle, ReadRequest.wholeTopic(first));
        assertThat(idle.holding()).isTrue();
        idle.close();
        assertThat(idle.holding()).isFalse();
        read(idle, ReadRequest.wholeTopic(second)); // ends after the close: its consumer is closed, not kept
        assertThat(idle.holding()).isFalse();
    }

    @Test
    void aSessionsReadsShareOneConsumer() throws Exception {
        try (ClusterSession session = ClusterSession.open(cluster.profile(), Credentials.none())) {
            MessageTopics.Collector a = new MessageTopics.Collector();
            assertThat(session.read(ReadRequest.wholeTopic(first), a).awaitFinished(Duration.ofSeconds(30))).isTrue();
            Thread.sleep(700);
            MessageTopics.Collector b = new MessageTopics.Collector();
            assertThat(session.search(ReadRequest.wholeTopic(second), RecordFilter.ALL, b)
                    .awaitFinished(Duration.ofSeconds(30))).isTrue();
            assertThat(a.sortedValues()).hasSize(10);
            assertThat(b.sortedValues()).hasSize(10);
            assertThat(session.idleReaderReuses()).isEqualTo(1);
        }
    }
}
