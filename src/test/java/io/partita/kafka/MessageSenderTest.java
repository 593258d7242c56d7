package io.partita.kafka;

import static io.partita.kafka.ProduceFixtures.T;
import static io.partita.kafka.ProduceFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.OutgoingRecord;
import io.partita.model.ProducerSettings;
import io.partita.model.RecordSource;
import io.partita.model.SendResult;
import io.partita.model.SendSummary;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sender against the shared one-node sandbox: every record gets exactly one honest result. */
@ExtendWith(SandboxExtension.class)
class MessageSenderTest {

    private static final ProducerSettings DEFAULTS = ProducerSettings.defaults();

    @Test
    void everyRecordIsReportedWithTheOffsetItCanBeReadBackAt(Sandbox sandbox) {
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            String topic = ProduceFixtures.createTopic(session, "send", 3, 1, Map.of());
            ProduceFixtures.Collector collector = new ProduceFixtures.Collector();

            SendSummary summary = session.sender().send(ProduceFixtures.source(topic, 50, i -> utf8("v" + i)),
                    DEFAULTS, 0, collector, new SendControl());

            assertThat(summary.delivered()).isEqualTo(50);
            assertThat(summary.allDelivered()).isTrue();
            assertThat(collector.results).hasSize(50);
            assertThat(collector.duplicates).hasValue(0);
            for (ConsumerRecord<byte[], byte[]> r : ProduceFixtures.readAll(sandbox.bootstrapServers(), topic)) {
                long index = Long.parseLong(new String(r.key(), StandardCharsets.UTF_8));
                SendResult.Delivered d = (SendResult.Delivered) collector.results.get(index);
                assertThat(d.partition()).isEqualTo(r.partition());
                assertThat(d.offset()).isEqualTo(r.offset());
                assertThat(d.timestamp().toEpochMilli()).isEqualTo(r.timestamp());
            }
        }
    }

    @Test
    void tooLargeRecordsAreReportedWithTheLimitToRaiseNotDropped(Sandbox sandbox) {
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            String topic = ProduceFixtures.createTopic(session, "large", 1, 1, Map.of("max.message.bytes", "2000"));
            ProduceFixtures.Collector collector = new ProduceFixtures.Collector();
            // 0: fits; 1: over the topic's max.message.bytes; 2: over the producer's max.request.size (1 MB).
            int[] sizes = {100, 10_000, 2_000_000};
            SendSummary summary = session.sender().send(ProduceFixtures.source(topic, 3, i -> new byte[sizes[(int) i]]),
                    DEFAULTS, 0, collector, new SendControl());

            assertThat(summary.delivered()).isEqualTo(1);
            assertThat(summary.failed()).isEqualTo(2);
            SendResult.Failed brokerSide = (SendResult.Failed) collector.results.get(1L);
            assertThat(brokerSide.exception()).isEqualTo("RecordTooLargeException");
            assertThat(brokerSide.explanation()).contains("max.message.bytes on " + topic);
            SendResult.Failed clientSide = (SendResult.Failed) collector.results.get(2L);
            assertThat(clientSide.exception()).isEqualTo("RecordTooLargeException");
            assertThat(clientSide.explanation()).contains("max.request.size (1048576 bytes)");
        }
    }

    @Test
    void aPartitionThatDoesNotExistStopsTheSendAndTheRestAreReportedNotSent(Sandbox sandbox) {
        ClusterProfile quick = ProduceFixtures.withProperties(sandbox.profile(), Map.of("max.block.ms", "1500"));
        try (ClusterSession session = ClusterSession.open(quick, Credentials.none())) {
            String topic = ProduceFixtures.createTopic(session, "nopart", 1, 1, Map.of());
            RecordSource toPartitionNine = new RecordSource() {
                public String topic() { return topic; }
                public long count() { return 1000; }
                public OutgoingRecord record(long i) {
                    return new OutgoingRecord(topic, 9, null, utf8("x"), List.of());
                }
            };
            ProduceFixtures.Collector collector = new ProduceFixtures.Collector();

            SendSummary summary = session.sender().send(toPartitionNine, DEFAULTS, 0, collector, new SendControl());

            SendResult.Failed first = (SendResult.Failed) collector.results.get(0L);
            assertThat(first.exception()).isEqualTo("TimeoutException");
            assertThat(first.explanation()).startsWith("That partition does not exist");
            assertThat(summary.stopReason()).startsWith("stopped after TimeoutException");
            assertThat(summary.notSent()).isEqualTo(999);
            assertThat(collector.results).hasSize(1000);
            assertThat(summary.elapsed()).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void readOnlyProfileIsRefusedBeforeAnythingIsSent(Sandbox sandbox) {
        ClusterProfile p = sandbox.profile();
        ClusterProfile readOnly = new ClusterProfile(p.name(), p.bootstrapServers(), p.security(),
                p.clientProperties(), p.registry(), true, null);
        try (ClusterSession session = ClusterSession.open(readOnly, Credentials.none())) {
            ProduceFixtures.Collector collector = new ProduceFixtures.Collector();
            assertThatThrownBy(() -> session.sender().send(ProduceFixtures.source("anything", 1, i -> utf8("x")),
                    DEFAULTS, 0, collector, new SendControl()))
                    .isInstanceOf(ReadOnlyProfileException.class)
                    .hasMessageContaining("read-only");
            assertThat(collector.results).isEmpty();
            assertThat(session.sender().allowed()).isFalse();
        }
    }

    @Test
    void cancelFlushesWhatIsInFlightAndReportsEveryRecordOnce(Sandbox sandbox) throws Exception {
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            String topic = ProduceFixtures.createTopic(session, "cancel", 2, 1, Map.of());
            ProduceFixtures.Collector collector = new ProduceFixtures.Collector();
            SendControl control = new SendControl();
            CompletableFuture<SendSummary> run = CompletableFuture.supplyAsync(() -> session.sender().send(
                    ProduceFixtures.source(topic, 2000, i -> utf8("v" + i)), DEFAULTS, 200, collector, control));
            ProduceFixtures.await("some records delivered", () -> collector.results.size() >= 20, T);

            control.cancel();
            SendSummary summary = run.get(30, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(summary.stopReason()).isEqualTo("cancelled");
            assertThat(collector.results).hasSize(2000);
            assertThat(collector.duplicates).hasValue(0);
            assertThat(summary.delivered() + summary.failed() + summary.notSent()).isEqualTo(2000);
            assertThat(summary.notSent()).isGreaterThan(1000);
            // Everything handed before the cancel was flushed and delivered, nothing left hanging.
            assertThat(summary.failed()).isZero();
            assertThat(ProduceFixtures.readAll(sandbox.bootstrapServers(), topic)).hasSize((int) summary.delivered());
        }
    }

    @Test
    void rateLimitHoldsTheAverageRate(Sandbox sandbox) {
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            String topic = ProduceFixtures.createTopic(session, "rate", 1, 1, Map.of());
            SendSummary summary = session.sender().send(ProduceFixtures.source(topic, 100, i -> utf8("v")),
                    DEFAULTS, 200, new ProduceFixtures.Collector(), new SendControl());
            // 100 records at 200/s: the last is due after 0.495 s.
            assertThat(summary.elapsed()).isBetween(Duration.ofMillis(480), Duration.ofSeconds(5));
            assertThat(summary.delivered()).isEqualTo(100);
        }
    }
}
