package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.kafka.MessageTopics;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** consume --filter/--count/--export, produce --file F.jsonl and check-order against the shared sandbox. */
@ExtendWith(SandboxExtension.class)
class SearchCommandsSandboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliHarness.Result run(Sandbox sandbox, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bootstrap", sandbox.bootstrapServers(), "--registry", sandbox.registryUrl().orElseThrow()));
        return new CliHarness(dir).run(all.toArray(String[]::new));
    }

    @Test
    void countAgreesWithFilteringEveryRecordByHand(Sandbox sandbox) throws Exception {
        CliHarness.Result all = run(sandbox, "consume", "demo.orders", "--json");
        assertThat(all.code()).as(all.err()).isZero();
        long expected = 0;
        long records = 0;
        for (String line : all.out().strip().split("\n")) {
            JsonNode node = JSON.readTree(line);
            records++;
            if (node.at("/value/status").asText().equals("NEW") && node.at("/value/total").decimalValue()
                    .compareTo(new java.math.BigDecimal("100")) > 0) {
                expected++;
            }
        }

        CliHarness.Result count = run(sandbox, "consume", "demo.orders", "--filter",
                "value.status == \"NEW\" && value.total > 100", "--count", "--json");

        assertThat(count.code()).as(count.err()).isZero();
        JsonNode result = JSON.readTree(count.out());
        assertThat(expected).isPositive();
        assertThat(result.get("matched").asLong()).isEqualTo(expected);
        assertThat(result.get("scanned").asLong()).isEqualTo(records);
        assertThat(result.get("partitions").size()).isPositive();
    }

    @Test
    void aBadFilterIsAUsageErrorThatPointsAtTheColumn(Sandbox sandbox) {
        CliHarness.Result result = run(sandbox, "consume", "demo.orders", "--filter", "value.total = 3");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("use == to compare at column 13").contains("value.total = 3\n")
                .contains("            ^");
    }

    @Test
    void exportThenImportCopiesTheRecords(Sandbox sandbox) throws Exception {
        Path file = dir.resolve("text.jsonl");
        CliHarness.Result export = run(sandbox, "consume", "demo.text", "--export", file.toString());
        assertThat(export.code()).as(export.err()).isZero();
        long lines = Files.readAllLines(file).size();
        assertThat(export.err()).contains("exported " + lines + " record(s)");

        String copy = MessageTopics.unique("text-copy");
        MessageTopics.create(sandbox.bootstrapServers(), copy, 3);
        CliHarness.Result imported = run(sandbox, "produce", copy, "--file", file.toString(), "--json");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out().strip().split("\n")).hasSize((int) lines)
                .allSatisfy(l -> assertThat(l).contains("\"offset\""));

        CliHarness.Result back = run(sandbox, "consume", copy, "--count", "--json");
        assertThat(JSON.readTree(back.out()).get("matched").asLong()).isEqualTo(lines);
    }

    @Test
    void checkOrderListsTheRecordsThatGoBackInTime(Sandbox sandbox) throws Exception {
        String topic = MessageTopics.unique("order-cli");
        MessageTopics.create(sandbox.bootstrapServers(), topic, 1);
        List<MessageTopics.Out> out = new ArrayList<>();
        long base = System.currentTimeMillis() - 3_600_000L; // recent: old stamps fall to the broker's retention
        for (int i = 0; i < 50; i++) {
            out.add(new MessageTopics.Out(0, null, "v".getBytes(StandardCharsets.UTF_8),
                    base + i * 1000L - (i == 20 ? 5000 : 0)));
        }
        MessageTopics.produce(sandbox.bootstrapServers(), topic, out);

        CliHarness.Result json = run(sandbox, "check-order", topic, "--json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode node = JSON.readTree(json.out());
        assertThat(node.get("checked").asLong()).isEqualTo(50);
        assertThat(node.get("inversions").asLong()).isEqualTo(1);
        assertThat(node.at("/shown/0/offset").asLong()).isEqualTo(20);
        assertThat(node.at("/shown/0/previousOffset").asLong()).isEqualTo(19);
        assertThat(node.at("/shown/0/backwardsMs").asLong()).isEqualTo(4000);

        CliHarness.Result text = run(sandbox, "check-order", topic);
        assertThat(text.out()).startsWith("1 record(s) earlier than the record before them, of 50 checked");
    }
}
