package io.partita.kafka;

import static io.partita.kafka.ProduceFixtures.T;
import static io.partita.kafka.ProduceFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.Credentials;
import io.partita.model.ProducerSettings;
import io.partita.model.SendResult;
import io.partita.model.SendSummary;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import io.partita.testkit.ThreeBrokers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The field report and its relatives on the shared 3-broker sandbox: sends that cannot be acknowledged are
 * reported per record, with the reason; a broker bounce loses no report and duplicates nothing. Every broker
 * stopped here is started again before the test returns.
 */
@ExtendWith(SandboxExtension.class)
class MessageSenderReplicationTest {

    /** Short enough for a test, long enough that a timeout is not mistaken for a slow machine. */
    private static final ProducerSettings IMPATIENT = ProducerSettings.defaults().withTimeouts(8_000, 3_000);

    private static boolean isrWithout(ClusterSession session, String topic, int broker) {
        return session.topics().partitions(topic, T).stream().allMatch(p -> !p.isr().contains(broker));
    }

    @Test
    void acksAllWithTooFewInSyncReplicasFailsEveryRecordWithTheReason(@ThreeBrokers Sandbox cluster) throws Exception {
        try (ClusterSession session = ClusterSession.open(cluster.profile(), Credentials.none())) {
            String topic = ProduceFixtures.createTopic(session, "minisr", 2, 3, Map.of("min.insync.replicas", "3"));
            int victim = cluster.brokerIds().get(2);
            cluster.stopBroker(victim);
            try {
                ProduceFixtures.await("ISR without broker " + victim, () -> isrWithout(session, topic, victim),
                        Duration.ofSeconds(60));
                ProduceFixtures.Collector collector = new ProduceFixtures.Collector();

                SendSummary summary = session.sender().send(ProduceFixtures.source(topic, 20, i -> utf8("v" + i)),
                        IMPATIENT, 0, collector, new SendControl());

                assertThat(summary.delivered()).isZero();
                assertThat(summary.failed()).isEqualTo(20);
                assertThat(collector.results).hasSize(20);
                assertThat(collector.duplicates).hasValue(0);
                for (SendResult.Failed f : collector.failed()) {
                    assertThat(f.sent()).isTrue();
                    assertThat(f.exception()).isIn("NotEnoughReplicasException", "TimeoutException");
                    assertThat(f.explanation()).containsAnyOf("min.insync.replicas", "delivery.timeout.ms (8000 ms)");
                }
            } finally {
                cluster.startBroker(victim);
            }
        }
    }

    @Test
    void stopWaitingReportsEveryUnansweredRecordAtOnce(@ThreeBrokers Sandbox cluster) throws Exception {
        try (ClusterSession session = ClusterSession.open(cluster.profile(), Credentials.none())) {
            String topic = ProduceFixtures.createTopic(session, "abort", 1, 3, Map.of("min.insync.replicas", "3"));
            int victim = cluster.brokerIds().get(1);
            cluster.stopBroker(victim);
            try {
                ProduceFixtures.await("ISR without broker " + victim, () -> isrWithout(session, topic, victim),
                        Duration.ofSeconds(60));
                ProduceFixtures.Collector collector = new ProduceFixtures.Collector();
                SendControl control = new SendControl();
                ProducerSettings patient = ProducerSettings.defaults().withTimeouts(120_000, 30_000);
                CompletableFuture<SendSummary> run = CompletableFuture.supplyAsync(() -> session.sender().send(
                        ProduceFixtures.source(topic, 30, i -> utf8("v" + i)), patient, 0, collector, control));
                Thread.sleep(1500);
                assertThat(run).isNotDone();

                long before = System.nanoTime();
                control.abort();
                SendSummary summary = run.get(20, TimeUnit.SECONDS);

                assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(10));
                assertThat(collector.results).hasSize(30);
                assertThat(summary.delivered()).isZero();
                assertThat(collector.failed()).allSatisfy(f -> assertThat(f.explanation())
                        .contains("closed before the broker answered"));
            } finally {
                cluster.startBroker(victim);
            }
        }
    }

    @Test
    void brokerBounceDuringAnIdempotentBulkSendReportsEverySuccessExactlyOnce(@ThreeBrokers Sandbox cluster)
            throws Exception {
        int count = 100_000;
        try (ClusterSession session = ClusterSession.open(cluster.profile(), Credentials.none())) {
            String topic = ProduceFixtures.createTopic(session, "bounce", 3, 3, Map.of("min.insync.replicas", "2"));
            ProduceFixtures.Collector collector = new ProduceFixtures.Collector();
            ProducerSettings idempotent = ProducerSettings.defaults().withTimeouts(60_000, 10_000);
            byte[] payload = new byte[100];
            CompletableFuture<SendSummary> run = CompletableFuture.supplyAsync(() -> session.sender().send(
                    ProduceFixtures.source(topic, count, i -> payload), idempotent, 8_000, collector,
                    new SendControl()));
            int victim = cluster.brokerIds().get(0);
            ProduceFixtures.await("a fifth sent", () -> collector.results.size() > count / 5, Duration.ofSeconds(60));
            cluster.stopBroker(victim);
            try {
                ProduceFixtures.await("half sent", () -> collector.results.size() > count / 2 || run.isDone(),
                        Duration.ofSeconds(120));
            } finally {
                cluster.startBroker(victim);
            }
            SendSummary summary = run.get(5, TimeUnit.MINUTES);

            assertThat(collector.results).hasSize(count);
            assertThat(collector.duplicates).hasValue(0);
            assertThat(summary.delivered() + summary.failed() + summary.notSent()).isEqualTo(count);
            Map<Long, Integer> seen = new HashMap<>();
            Map<Long, long[]> where = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> r : ProduceFixtures.readAll(cluster.bootstrapServers(), topic)) {
                long index = Long.parseLong(new String(r.key(), StandardCharsets.UTF_8));
                seen.merge(index, 1, Integer::sum);
                where.put(index, new long[] {r.partition(), r.offset()});
            }
            assertThat(seen.values()).allMatch(n -> n == 1);
            for (SendResult.Delivered d : collector.delivered()) {
                assertThat(where.get(d.index())).as("record %d", d.index()).containsExactly(d.partition(), d.offset());
            }
            System.out.printf("bounce: %d delivered, %d failed, %d not sent, %d read back, %.1f s%n",
                    summary.delivered(), summary.failed(), summary.notSent(), seen.size(),
                    summary.elapsed().toMillis() / 1000.0);
            assertThat(summary.delivered()).isGreaterThan(count / 2);
            List<SendResult.Failed> failed = collector.failed();
            assertThat(failed).allSatisfy(f -> assertThat(f.explanation()).isNotBlank());
        }
    }
}
