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
        all.addAll(List.of("--bootstrap", sandbox.bootstrapServers(), "--registry", sandbox.registryUrl().orElseThrow()));
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
