package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.model.ClusterProfile;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code partita topics ...}, {@code brokers} and {@code elect-leaders} against the shared one-node sandbox. */
@ExtendWith(SandboxExtension.class)
class TopicsCommandSandboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path configDir;

    private CliHarness.Result run(Sandbox sandbox, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bootstrap", sandbox.bootstrapServers(), "--timeout", "30s"));
        return new CliHarness(configDir).run(all.toArray(String[]::new));
    }

    private static String unique() {
        return "cli-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void createdTopicIsListedAsJsonWithTheContractFields(Sandbox sandbox) throws Exception {
        String topic = unique();
        CliHarness.Result created = run(sandbox, "topics", "create", topic, "--partitions", "3",
                "--replication-factor", "1", "--config", "retention.ms=3600000");
        assertThat(created.code()).as(created.err()).isZero();

        CliHarness.Result listed = run(sandbox, "topics", "list", "--filter", topic, "--json");

        assertThat(listed.code()).as(listed.err()).isZero();
        JsonNode array = JSON.readTree(listed.out());
        assertThat(array).hasSize(1);
        assertThat(fields(array.get(0))).containsExactly("name", "partitions", "replicationFactor", "internal",
                "underReplicated");
        assertThat(array.get(0).get("partitions").asInt()).isEqualTo(3);
        assertThat(array.get(0).get("internal").asBoolean()).isFalse();
    }

    @Test
    void describeJsonHasPartitionsWithOffsetsAndEveryConfig(Sandbox sandbox) throws Exception {
        String topic = unique();
        run(sandbox, "topics", "create", topic, "--partitions", "2", "--replication-factor", "1");
        CliHarness.Result altered = run(sandbox, "topics", "alter-config", topic, "--set", "retention.ms=7200000");
        assertThat(altered.code()).as(altered.err()).isZero();

        CliHarness.Result described = run(sandbox, "topics", "describe", topic, "--json");

        assertThat(described.code()).as(described.err()).isZero();
        JsonNode root = JSON.readTree(described.out());
        assertThat(fields(root)).containsExactly("name", "partitions", "configs");
        JsonNode p0 = root.get("partitions").get(0);
        assertThat(fields(p0)).containsExactly("partition", "leader", "replicas", "isr", "earliestOffset",
                "latestOffset");
        assertThat(p0.get("replicas").isArray()).isTrue();
        assertThat(p0.get("latestOffset").asLong()).isZero();
        assertThat(root.get("configs").get("retention.ms").asText()).isEqualTo("7200000");
        assertThat(root.get("configs").get("cleanup.policy").asText()).isEqualTo("delete");
    }

    @Test
    void internalTopicsAreListedOnlyWhenAskedFor(Sandbox sandbox) throws Exception {
        JsonNode without = JSON.readTree(run(sandbox, "topics", "list", "--json").out());
        JsonNode with = JSON.readTree(run(sandbox, "topics", "list", "--internal", "--json").out());

        assertThat(without.findValuesAsText("name")).doesNotContain("__consumer_offsets");
        assertThat(with.findValuesAsText("name")).contains("__consumer_offsets");
    }

    @Test
    void invalidConfigIsRefusedWithTheBrokersMessage(Sandbox sandbox) {
        CliHarness.Result result = run(sandbox, "topics", "create", unique(), "--partitions", "1",
                "--replication-factor", "1", "--config", "cleanup.policy=sometimes");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).startsWith("partita: validate topic").contains("sometimes");
        assertThat(result.err().strip().lines()).hasSize(1);
    }

    @Test
    void illegalNameIsAUsageErrorBeforeAnyCall(Sandbox sandbox) {
        CliHarness.Result result = run(sandbox, "topics", "create", "bad name", "--partitions", "1",
                "--replication-factor", "1");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("only ASCII letters");
    }

    @Test
    void addPartitionsThenDeleteNeedsYes(Sandbox sandbox) throws Exception {
        String topic = unique();
        run(sandbox, "topics", "create", topic, "--partitions", "1", "--replication-factor", "1");

        assertThat(run(sandbox, "topics", "add-partitions", topic, "--to", "3").code()).isZero();
        assertThat(JSON.readTree(run(sandbox, "topics", "describe", topic, "--json").out()).get("partitions"))
                .hasSize(3);
        CliHarness.Result refused = run(sandbox, "topics", "delete", topic);
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("--yes");
        assertThat(run(sandbox, "topics", "delete", topic, "--yes").code()).isZero();
        assertThat(JSON.readTree(run(sandbox, "topics", "list", "--json").out()).findValuesAsText("name"))
                .doesNotContain(topic);
    }

    @Test
    void readOnlyProfileRefusesChangesWithOneLine(Sandbox sandbox) {
        CliHarness cli = new CliHarness(configDir);
        ClusterProfile p = sandbox.profile();
        cli.store().save(new ClusterProfile("ro", p.bootstrapServers(), p.security(), p.clientProperties(),
                p.registry(), true, null));

        CliHarness.Result result = cli.run("topics", "create", unique(), "--partitions", "1",
                "--replication-factor", "1", "--profile", "ro");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("partita: profile 'ro' is read-only: create topic refused");
    }

    @Test
    void brokersJsonDescribesTheNode(Sandbox sandbox) throws Exception {
        CliHarness.Result result = run(sandbox, "brokers", "--json");

        assertThat(result.code()).as(result.err()).isZero();
        JsonNode broker = JSON.readTree(result.out()).get(0);
        assertThat(fields(broker)).containsExactly("id", "host", "port", "rack", "controller", "logDirBytes",
                "partitions", "leaders");
        assertThat(broker.get("controller").asBoolean()).isTrue();
        assertThat(broker.get("partitions").asInt()).isPositive();
    }

    @Test
    void electLeadersOnABalancedTopicSaysNothingNeededToMove(Sandbox sandbox) {
        String topic = unique();
        run(sandbox, "topics", "create", topic, "--partitions", "2", "--replication-factor", "1");

        CliHarness.Result result = run(sandbox, "elect-leaders", "--topic", topic);

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("Every partition of " + topic + " already has its preferred leader.");
    }
}
