package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.kafka.ClusterSession;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.NewTopic;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code partita produce} against the shared sandbox: one report line per record, exit 1 on any failure. */
@ExtendWith(SandboxExtension.class)
class ProduceCommandSandboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path configDir;

    private static String topic(Sandbox sandbox, int partitions) {
        String topic = "cli-produce-" + UUID.randomUUID().toString().substring(0, 8);
        try (ClusterSession s = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            s.topicMutations().create(new NewTopic(topic, partitions, (short) 1, Map.of()), Duration.ofSeconds(20));
        }
        return topic;
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    @Test
    void jsonPrintsOneLinePerRecordWithPartitionOffsetAndTimestamp(Sandbox sandbox) throws Exception {
        String topic = topic(sandbox, 1);
        CliHarness.Result result = new CliHarness(configDir).run("produce", topic, "--bootstrap",
                sandbox.bootstrapServers(), "--key", "k-${i}", "--value", "{\"n\": ${i}}", "--value-format", "json",
                "--header", "source=cli", "--count", "3", "--json");

        assertThat(result.code()).as(result.err()).isZero();
        List<JsonNode> lines = lines(result.out());
        assertThat(lines).hasSize(3);
        for (int i = 0; i < 3; i++) {
            List<String> fields = new ArrayList<>();
            lines.get(i).fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("partition", "offset", "timestamp");
            assertThat(lines.get(i).get("offset").asLong()).isEqualTo(i);
        }
    }

    @Test
    void avroValueIsEncodedWithTheTopicsSubject(Sandbox sandbox) throws Exception {
        String topic = topic(sandbox, 1);
        try (ClusterSession s = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            s.registry().orElseThrow().register(topic + "-value",
                    "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"n\",\"type\":\"int\"}]}", "AVRO");
        }
        CliHarness harness = new CliHarness(configDir);
        String registry = sandbox.registryUrl().orElseThrow();

        CliHarness.Result ok = harness.run("produce", topic, "--bootstrap", sandbox.bootstrapServers(), "--registry",
                registry, "--value-format", "avro", "--value", "{\"n\": ${i}}", "--count", "2");
        CliHarness.Result bad = harness.run("produce", topic, "--bootstrap", sandbox.bootstrapServers(),
                "--registry", registry, "--value-format", "avro", "--value", "{\"n\": \"two\"}");

        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("record 1: partition 0, offset 1").contains("2 delivered, 0 failed");
        assertThat(bad.code()).isEqualTo(Cli.FAILED);
        assertThat(bad.err().strip()).isEqualTo("partita: value: $.n: expected int, got string \"two\"");
    }

    @Test
    void aFailedRecordIsReportedWithItsExceptionAndExitsOne(Sandbox sandbox) throws Exception {
        String topic = topic(sandbox, 1);
        ClusterProfile quick = new ClusterProfile("quick", sandbox.bootstrapServers(), null,
                Map.of("max.block.ms", "1500"), null, false, null);
        CliHarness harness = new CliHarness(configDir);
        harness.store().save(quick);

        CliHarness.Result result = harness.run("produce", topic, "--profile", "quick", "--partition", "5",
                "--value", "v", "--count", "2", "--json");

        assertThat(result.code()).isEqualTo(Cli.FAILED);
        List<JsonNode> lines = lines(result.out());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("exception").asText()).isEqualTo("TimeoutException");
        assertThat(lines.get(0).get("error").asText()).contains("That partition does not exist");
        assertThat(lines.get(1).get("exception").asText()).isEqualTo("NotSent");
    }

    @Test
    void readOnlyProfileIsRefused(Sandbox sandbox) {
        CliHarness harness = new CliHarness(configDir);
        harness.store().save(new ClusterProfile("ro", sandbox.bootstrapServers(), null, null, null, true, null));

        CliHarness.Result result = harness.run("produce", "anything", "--profile", "ro", "--value", "v");

        assertThat(result.code()).isEqualTo(Cli.FAILED);
        assertThat(result.err()).contains("read-only").contains("produce to anything refused");
        assertThat(result.out()).isEmpty();
    }
}
