package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import io.partita.testkit.ThreeBrokers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code partita reassign} with a kafka-reassign-partitions plan on the shared 3-broker sandbox. */
@ExtendWith(SandboxExtension.class)
class ReassignCommandThreeBrokersTest {

    @TempDir
    Path dir;

    @Test
    void dryRunChangesNothingThenExecuteWithThrottleAndWaitMovesTheReplicas(@ThreeBrokers Sandbox cluster)
            throws Exception {
        String topic = "re-" + UUID.randomUUID().toString().substring(0, 8);
        List<Integer> ids = cluster.brokerIds();
        CliHarness cli = new CliHarness(dir);
        String[] at = {"--bootstrap", cluster.bootstrapServers(), "--timeout", "30s"};
        assertThat(cli.run(concat(new String[] {"topics", "create", topic, "--partitions", "1",
                "--replication-factor", "1"}, at)).code()).isZero();
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, "{\"version\":1,\"partitions\":[{\"topic\":\"" + topic + "\",\"partition\":0,"
                + "\"replicas\":[" + ids.get(1) + "," + ids.get(2) + "],\"log_dirs\":[\"any\",\"any\"]}]}");

        CliHarness.Result dry = cli.run(concat(new String[] {"reassign", "--plan", plan.toString()}, at));
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("moves").contains("dry run");

        CliHarness.Result run = cli.run(concat(new String[] {"reassign", "--plan", plan.toString(), "--execute",
                "--throttle", "10000000", "--wait"}, at));

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Current assignment").contains("Reassignment done; replication throttle cleared.");
        String rollback = run.out().lines().filter(l -> l.startsWith("{\"version\":1")).findFirst().orElseThrow();
        assertThat(new ObjectMapper().readTree(rollback).get("partitions").get(0).get("replicas")).hasSize(1);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            TopicDescription t = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            assertThat(t.partitions().get(0).replicas()).extracting(n -> n.id()).containsExactly(ids.get(1), ids.get(2));
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
