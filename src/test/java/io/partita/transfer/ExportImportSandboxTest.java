package io.partita.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.partita.filter.RecordFilter;
import io.partita.kafka.ClusterSession;
import io.partita.kafka.MessageReader;
import io.partita.kafka.MessageTopics;
import io.partita.model.Credentials;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.KafkaMessage;
import io.partita.model.ReadRequest;
import io.partita.model.SendResult;
import io.partita.model.SendSummary;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Export of the demo Avro topic to JSON Lines, import into a new topic: the same bytes come back. */
@ExtendWith(SandboxExtension.class)
class ExportImportSandboxTest {

    @TempDir
    Path dir;

    private static List<DecodedMessage> readAll(ClusterSession session, String topic) throws Exception {
        MessageTopics.Collector c = new MessageTopics.Collector();
        MessageReader reader = session.search(ReadRequest.wholeTopic(topic), RecordFilter.ALL, c);
        assertThat(reader.awaitFinished(Duration.ofSeconds(60))).isTrue();
        assertThat(c.errorText()).isEmpty();
        List<DecodedMessage> all = new ArrayList<>(c.messages);
        all.sort(Comparator.comparingInt((DecodedMessage m) -> m.message().partition())
                .thenComparingLong(m -> m.message().offset()));
        return all;
    }

    /**
     * For an intermittent failure seen in full runs only (one partition of the new topic never acknowledged): what
     * the broker says about the failed partitions, and its log lines about them. The whole log is kept under target/.
     */
    private static String brokerView(Sandbox sandbox, String topic, List<SendResult> results) {
        StringBuilder out = new StringBuilder();
        Set<String> failed = new TreeSet<>();
        results.forEach(r -> {
            if (r instanceof SendResult.Failed f) {
                failed.add(topic + "-" + f.partition());
            }
        });
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", sandbox.bootstrapServers()))) {
            admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions()
                    .forEach(p -> out.append("partition ").append(p.partition()).append(": leader ")
                            .append(p.leader()).append(", isr ").append(p.isr()).append('\n'));
        } catch (Exception e) {
            out.append("describe failed: ").append(e).append('\n');
        }
        Path log = sandbox.dataDir().resolve("node-1").resolve("kafka.log");
        try {
            List<String> lines = Files.readAllLines(log);
            Path kept = Path.of("target", "broker-" + topic + ".log");
            Files.createDirectories(kept.getParent());
            Files.write(kept, lines);
            out.append("broker log kept in ").append(kept.toAbsolutePath()).append('\n');
            List<String> relevant = lines.stream().filter(line -> failed.stream().anyMatch(line::contains)
                    || line.contains(" WARN ") || line.contains(" ERROR ")).toList();
            relevant.subList(Math.max(0, relevant.size() - 25), relevant.size())
                    .forEach(line -> out.append(line, 0, Math.min(line.length(), 300)).append('\n'));
        } catch (Exception e) {
            out.append("no broker log: ").append(e).append('\n');
        }
        return out.toString();
    }

    @Test
    void anExportedAvroTopicImportsIntoANewTopicWithIdenticalBytes(Sandbox sandbox) throws Exception {
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            List<DecodedMessage> original = readAll(session, "demo.orders");
            assertThat(original).hasSizeGreaterThan(100);
            assertThat(original.get(0).value()).isInstanceOf(DecodedValue.Decoded.class);
            Path file = dir.resolve("orders.jsonl");
            try (RecordExporter exporter = RecordExporter.open(file, ExportFormat.JSON_LINES)) {
                exporter.write(original);
                exporter.commit();
            }
            assertThat(Files.readAllLines(file)).hasSize(original.size());

            int partitions = original.stream().mapToInt(m -> m.message().partition()).max().orElseThrow() + 1;
            String copy = MessageTopics.unique("orders-copy");
            MessageTopics.create(sandbox.bootstrapServers(), copy, partitions);
            List<SendResult> results = new CopyOnWriteArrayList<>();
            SendSummary summary;
            try (JsonLinesSource source = JsonLinesSource.open(file, copy, true)) {
                // Generous timeouts: this is about bytes, and a loaded test machine can be slow to acknowledge.
                summary = session.sender().send(source, session.sender().defaultSettings().withTimeouts(120_000,
                        30_000), 0, results::add, new io.partita.kafka.SendControl());
            }
            if (!summary.allDelivered()) {
                fail(summary + " " + results.stream().filter(r -> r instanceof SendResult.Failed).limit(3).toList()
                        + "\n" + brokerView(sandbox, copy, results));
            }
            assertThat(results).hasSize(original.size());

            List<DecodedMessage> imported = readAll(session, copy);
            assertThat(imported).hasSize(original.size());
            for (int i = 0; i < original.size(); i++) {
                KafkaMessage a = original.get(i).message();
                KafkaMessage b = imported.get(i).message();
                assertThat(b.partition()).isEqualTo(a.partition());
                assertThat(b.offset()).isEqualTo(a.offset());
                assertThat(b.timestamp()).isEqualTo(a.timestamp());
                assertThat(Arrays.equals(b.key(), a.key())).as("key of %s", a.offset()).isTrue();
                assertThat(Arrays.equals(b.value(), a.value())).as("value of %s", a.offset()).isTrue();
                assertThat(b.headers()).hasSameSizeAs(a.headers());
                for (int h = 0; h < a.headers().size(); h++) {
                    assertThat(b.headers().get(h).key()).isEqualTo(a.headers().get(h).key());
                    assertThat(b.headers().get(h).value()).isEqualTo(a.headers().get(h).value());
                }
                // Same schema id in the frame, so it decodes to the same tree.
                assertThat(imported.get(i).value()).isEqualTo(original.get(i).value());
            }
        }
    }
}
