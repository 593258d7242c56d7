package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code partita consume} against the shared sandbox's demo topics. */
@ExtendWith(SandboxExtension.class)
class ConsumeCommandSandboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliHarness.Result consume(Sandbox sandbox, String... args) {
        List<String> all = new ArrayList<>(List.of("consume"));
        all.addAll(List.of(args));
        all.addAll(List.of("--bootstrap", sandbox.bootstrapServers(), "--registry",
                sandbox.registryUrl().orElseThrow()));
        return new CliHarness(dir).run(all.toArray(String[]::new));
    }

    @Test
    void jsonPrintsOneObjectPerLineWithTheDocumentedFields(Sandbox sandbox) throws Exception {
        CliHarness.Result result = consume(sandbox, "demo.orders", "--max", "3", "--json");

        assertThat(result.code()).as(result.err()).isZero();
        String[] lines = result.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.fieldNames()).toIterable().containsExactly("topic", "partition", "offset", "timestamp",
                "key", "value", "headers", "keyFormat", "valueFormat", "valueSchemaId", "error");
        assertThat(first.get("valueFormat").asText()).isEqualTo("avro");
        assertThat(first.get("keyFormat").asText()).isEqualTo("text");
        assertThat(first.get("valueSchemaId").isInt()).isTrue();
        assertThat(first.get("error").isNull()).isTrue();
        assertThat(first.at("/value/createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(first.at("/value/total").isNumber()).isTrue();
        assertThat(first.at("/value/status").asText()).isIn("NEW", "PAID", "SHIPPED", "DELIVERED", "CANCELLED");
    }

    @Test
    void endMinusNOnOnePartitionReadsExactlyThoseRecords(Sandbox sandbox) throws Exception {
        CliHarness.Result result = consume(sandbox, "demo.text", "--from", "end-2", "--partition", "1", "--json");

        assertThat(result.code()).as(result.err()).isZero();
        String[] lines = result.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            assertThat(node.get("partition").asInt()).isEqualTo(1);
            assertThat(node.get("valueFormat").asText()).isEqualTo("text");
            assertThat(node.get("headers").isObject()).isTrue();
        }
    }

    @Test
    void textOutputNamesPartitionOffsetKeyAndValue(Sandbox sandbox) {
        CliHarness.Result result = consume(sandbox, "demo.events", "--max", "1", "--value-format", "json");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("partition ").contains(" offset ").contains("value: {");
        assertThat(result.err()).contains("read 1 record(s)");
    }

    @Test
    void aForcedFormatThatDoesNotFitReportsTheErrorPerRecord(Sandbox sandbox) throws Exception {
        CliHarness.Result result = consume(sandbox, "demo.text", "--max", "1", "--value-format", "int32", "--json");

        JsonNode node = JSON.readTree(result.out().strip());
        assertThat(node.get("error").asText()).startsWith("value: not int32");
        assertThat(node.get("valueFormat").asText()).isEqualTo("hex");
    }

    @Test
    void aRegistryThatCannotBeReachedIsSaidOnceAndSummedUp(Sandbox sandbox) throws Exception {
        int deadPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        CliHarness.Result result = new CliHarness(dir).run("consume", "demo.orders", "--max", "3",
                "--bootstrap", sandbox.bootstrapServers(), "--registry", "http://127.0.0.1:" + deadPort);

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out().strip().lines()).hasSize(3)
                .allSatisfy(line -> assertThat(line).contains("(not decoded: value: schema registry unavailable"));
        List<String> warnings = result.err().lines().filter(l -> l.startsWith("partita: value: ")).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("value: schema registry unavailable").contains("127.0.0.1:" + deadPort)
                .endsWith("(records in the registry's wire format are shown undecoded)");
        assertThat(result.err()).contains("read 3 record(s) from").contains(", 3 not fully decoded")
                .containsPattern("partita: {3}3 record\\(s\\), value: schema registry unavailable");
    }

    @Test
    void aRegistryUrlThatIsNotTheRegistryApiIsSaidOnceInJsonModeToo(Sandbox sandbox) throws Exception {
        java.net.URI api = java.net.URI.create(sandbox.registryUrl().orElseThrow());
        String root = api.getScheme() + "://" + api.getAuthority() + "/";
        CliHarness.Result result = new CliHarness(dir).run("consume", "demo.orders", "--max", "2", "--json",
                "--bootstrap", sandbox.bootstrapServers(), "--registry", root);

        assertThat(result.code()).as(result.err()).isZero();
        String[] lines = result.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.get("error").asText()).startsWith("value: schema registry unavailable");
        assertThat(first.get("valueSchemaId").isInt()).as("the id the record's frame names").isTrue();
        assertThat(first.get("valueFormat").asText()).isEqualTo("hex");
        assertThat(result.err().lines().filter(l -> l.startsWith("partita: value: schema registry "
                + "unavailable")).count()).isEqualTo(1);
        assertThat(result.err()).contains("is the URL right?");
    }

    @Test
    void aFollowPrintsRecordsProducedAfterItStartedAndEndsAtMax(Sandbox sandbox) throws Exception {
        String topic = io.partita.kafka.MessageTopics.unique("follow");
        io.partita.kafka.MessageTopics.create(sandbox.bootstrapServers(), topic, 1);
        CliHarness harness = new CliHarness(dir);
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        harness.shutdownSignal = never::await;
        java.util.concurrent.CompletableFuture<CliHarness.Result> run = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> harness.run("consume", topic, "--follow", "--max", "2", "--json",
                        "--bootstrap", sandbox.bootstrapServers()));
        Thread.sleep(1500);
        assertThat(run).as("a follow of an empty topic waits").isNotDone();

        io.partita.kafka.MessageTopics.produce(sandbox.bootstrapServers(), topic, List.of(
                new io.partita.kafka.MessageTopics.Out(0, null, "first".getBytes(), null),
                new io.partita.kafka.MessageTopics.Out(0, null, "second".getBytes(), null)));
        CliHarness.Result result = run.get(30, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out().strip().lines().map(line -> {
            try {
                return JSON.readTree(line).get("value").asText();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).containsExactly("first", "second");
    }

    @Test
    void ctrlCEndsAFollowWithTheSummaryAndExitCodeZero(Sandbox sandbox) throws Exception {
        CliHarness harness = new CliHarness(dir);
        java.util.concurrent.CountDownLatch ctrlC = new java.util.concurrent.CountDownLatch(1);
        harness.shutdownSignal = ctrlC::await;
        java.util.concurrent.CompletableFuture<CliHarness.Result> run = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> harness.run("consume", "demo.text", "--follow", "--partition", "1",
                        "--bootstrap", sandbox.bootstrapServers()));
        Thread.sleep(3000);
        assertThat(run).isNotDone();

        ctrlC.countDown();
        CliHarness.Result result = run.get(15, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(result.code()).as(result.err()).isZero();
        long printed = result.out().strip().lines().count();
        assertThat(printed).as(result.err()).isPositive();
        assertThat(result.err()).contains("read " + printed + " record(s) from 1 partition(s)");
    }

    @Test
    void aSavedProfileNamesTheClusterAndItsRegistry(Sandbox sandbox) throws Exception {
        CliHarness harness = new CliHarness(dir);
        harness.store().save(io.partita.model.ClusterProfile.simple("sandbox here", sandbox.bootstrapServers(),
                sandbox.registryUrl().orElseThrow()));

        CliHarness.Result result = harness.run("consume", "demo.orders", "--profile", "sandbox here", "--max", "2",
                "--json");

        assertThat(result.code()).as(result.err()).isZero();
        List<String> lines = result.out().strip().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines.get(0)).get("valueFormat").asText()).isEqualTo("avro");
    }

    @Test
    void anOffsetOrATimeStartsEachChosenPartitionThere(Sandbox sandbox) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        for (String line : consume(sandbox, "demo.text", "--partition", "1", "--json").out().strip().split("\n")) {
            all.add(JSON.readTree(line));
        }
        assertThat(all).hasSizeGreaterThan(3);

        CliHarness.Result fromOffset = consume(sandbox, "demo.text", "--partition", "1", "--from", "offset:2",
                "--json");
        List<String> lines = fromOffset.out().strip().lines().toList();
        assertThat(lines).hasSize(all.size() - 2);
        assertThat(JSON.readTree(lines.get(0)).get("offset").asLong()).isEqualTo(all.get(2).get("offset").asLong());

        JsonNode third = all.get(2);
        CliHarness.Result fromTime = consume(sandbox, "demo.text", "--partition", "1", "--from",
                "time:" + third.get("timestamp").asText(), "--max", "1", "--json");
        JsonNode first = JSON.readTree(fromTime.out().strip());
        long expected = all.stream().filter(n -> !java.time.Instant.parse(n.get("timestamp").asText())
                        .isBefore(java.time.Instant.parse(third.get("timestamp").asText())))
                .mapToLong(n -> n.get("offset").asLong()).min().orElseThrow();
        assertThat(first.get("offset").asLong()).isEqualTo(expected);
    }

    @Test
    void aBadStartPositionIsAUsageError(Sandbox sandbox) {
        CliHarness.Result result = consume(sandbox, "demo.text", "--from", "yesterday");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("is not a start position");
    }

    @Test
    void aMissingTopicFailsWithOneLine(Sandbox sandbox) {
        CliHarness.Result result = consume(sandbox, "no.such.topic.here");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("partita: reading no.such.topic.here failed").doesNotContain("\n");
    }
}
