package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.kafka.GroupFixtures;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The {@code groups} commands against the shared sandbox: JSON shapes, dry runs, refusals, exit codes. */
@ExtendWith(SandboxExtension.class)
class GroupsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static GroupFixtures fixtures;
    private static String bootstrap;

    @TempDir
    Path configDir;

    @BeforeAll
    static void connect(Sandbox sandbox) {
        bootstrap = sandbox.bootstrapServers();
        fixtures = new GroupFixtures(bootstrap);
    }

    @AfterAll
    static void disconnect() {
        fixtures.close();
    }

    private CliHarness.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bootstrap", bootstrap, "--timeout", "30s"));
        return new CliHarness(configDir).run(all.toArray(String[]::new));
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void describeJsonHasNullCommittedOffsetAndLagWhereNothingIsCommitted() throws Exception {
        String topic = fixtures.topic(6, 6);
        String group = GroupFixtures.unique("cli");
        fixtures.commit(group, topic, 2, -1);

        CliHarness.Result result = run("groups", "describe", group, "--json");

        assertThat(result.code()).as(result.err()).isZero();
        JsonNode json = JSON.readTree(result.out());
        assertThat(fields(json)).startsWith("group", "state", "members", "partitions");
        assertThat(json.get("members").asInt()).isZero();
        JsonNode p0 = json.get("partitions").get(0);
        JsonNode p1 = json.get("partitions").get(1);
        assertThat(fields(p0)).startsWith("topic", "partition", "committedOffset", "endOffset", "lag");
        assertThat(p0.get("committedOffset").asLong()).isEqualTo(2);
        assertThat(p0.get("lag").asLong()).isEqualTo(4);
        assertThat(p1.get("committedOffset").isNull()).isTrue();
        assertThat(p1.get("lag").isNull()).isTrue();
        assertThat(p1.get("endOffset").asLong()).isEqualTo(6);
    }

    @Test
    void listJsonIncludesTheGroupWithItsLag() throws Exception {
        String topic = fixtures.topic(9);
        String group = GroupFixtures.unique("cli");
        fixtures.commit(group, topic, 4);

        CliHarness.Result result = run("groups", "list", "--json");

        assertThat(result.code()).as(result.err()).isZero();
        JsonNode row = null;
        for (JsonNode g : JSON.readTree(result.out())) {
            if (g.get("group").asText().equals(group)) {
                row = g;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("totalLag").asLong()).isEqualTo(5);
        assertThat(row.get("topics").get(0).asText()).isEqualTo(topic);
    }

    @Test
    void lagWatchPrintsOneJsonLinePerSampleWithTheAgreedFields() throws Exception {
        String topic = fixtures.topic(20);
        String group = GroupFixtures.unique("cli");
        fixtures.commit(group, topic, 5);
        CliHarness harness = new CliHarness(configDir);
        CountDownLatch never = new CountDownLatch(1);
        harness.shutdownSignal = never::await; // no Ctrl+C: --count ends it

        CliHarness.Result result = harness.run("groups", "lag", group, "--watch", "--interval", "300ms",
                "--count", "3", "--json", "--bootstrap", bootstrap, "--timeout", "30s");

        assertThat(result.code()).as(result.err()).isZero();
        List<String> lines = result.out().strip().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode first = JSON.readTree(lines.get(0));
        JsonNode last = JSON.readTree(lines.get(2));
        assertThat(fields(first)).containsExactly("time", "totalLag", "consumeRate", "produceRate", "etaSeconds");
        assertThat(first.get("totalLag").asLong()).isEqualTo(15);
        assertThat(first.get("consumeRate").isNull()).isTrue();
        assertThat(last.get("consumeRate").asDouble()).isZero();
        assertThat(last.get("etaSeconds").isNull()).isTrue(); // lag, nothing moving: no estimate
    }

    @Test
    void resetIsADryRunUnlessExecuted() throws Exception {
        String topic = fixtures.topic(10);
        String group = GroupFixtures.unique("cli");
        fixtures.commit(group, topic, 3);

        CliHarness.Result dry = run("groups", "reset-offsets", group, "--to-latest", "--topic", topic);
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("DRY RUN").contains("--execute");
        assertThat(fixtures.committed(group)).containsEntry(new TopicPartition(topic, 0), 3L);

        CliHarness.Result done = run("groups", "reset-offsets", group, "--shift-by", "-2", "--execute", "--json");
        assertThat(done.code()).as(done.err()).isZero();
        JsonNode plan = JSON.readTree(done.out());
        assertThat(plan.get("executed").asBoolean()).isTrue();
        assertThat(plan.get("partitions").get(0).get("newOffset").asLong()).isEqualTo(1);
        assertThat(fixtures.committed(group)).containsEntry(new TopicPartition(topic, 0), 1L);
    }

    @Test
    void resetWithAnActiveMemberFailsWithAClearMessage() throws Exception {
        String topic = fixtures.topic(4);
        String group = GroupFixtures.unique("cli");
        try (var member = fixtures.activeMember(group, topic)) {
            CliHarness.Result result = run("groups", "reset-offsets", group, "--to-earliest", "--topic", topic,
                    "--execute");

            assertThat(result.code()).isEqualTo(Cli.FAILED);
            assertThat(result.err()).contains("active member").contains("Stop its consumers first");
            assertThat(result.err().lines()).hasSize(1);
        }
    }

    @Test
    void resetNeedsExactlyOneMode() {
        CliHarness.Result result = run("groups", "reset-offsets", "g", "--to-earliest", "--to-latest");
        assertThat(result.code()).isEqualTo(Cli.USAGE);
    }

    @Test
    void deleteWithoutYesIsAUsageErrorAndDeletesNothing() throws Exception {
        String topic = fixtures.topic(2);
        String group = GroupFixtures.unique("cli");
        fixtures.commit(group, topic, 1);

        CliHarness.Result refused = run("groups", "delete", group);
        assertThat(refused.code()).isEqualTo(Cli.USAGE);
        assertThat(refused.err()).contains("--yes");
        assertThat(fixtures.committed(group)).isNotEmpty();

        CliHarness.Result deleted = run("groups", "delete", group, "--yes");
        assertThat(deleted.code()).as(deleted.err()).isZero();
        assertThat(fixtures.committed(group)).isEmpty();
    }

    @Test
    void describingAnUnknownGroupExitsWithOne() {
        CliHarness.Result result = run("groups", "describe", GroupFixtures.unique("nobody"));
        assertThat(result.code()).isEqualTo(Cli.FAILED);
        assertThat(result.err()).contains("no consumer group named");
    }
}
