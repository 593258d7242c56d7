package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.model.HostPort;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code cluster info --json} against the shared sandbox cluster (one combined KRaft node). */
@ExtendWith(SandboxExtension.class)
class ClusterInfoCommandSandboxTest {

    @TempDir
    Path configDir;

    @Test
    void jsonDescribesTheSandboxCluster(Sandbox sandbox) throws Exception {
        HostPort bootstrap = HostPort.parseList(sandbox.bootstrapServers()).get(0);

        CliHarness.Result result = new CliHarness(configDir)
                .run("cluster", "info", "--bootstrap", sandbox.bootstrapServers(), "--json", "--timeout", "30s");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out().strip().lines()).hasSize(1);
        JsonNode info = new ObjectMapper().readTree(result.out());
        List<String> fields = new ArrayList<>();
        info.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly(
                "clusterId", "controller", "brokers", "topics", "partitions", "underReplicated", "offline");
        assertThat(info.get("clusterId").asText()).isNotBlank();
        assertThat(info.get("brokers")).hasSize(1);
        JsonNode broker = info.get("brokers").get(0);
        assertThat(broker.get("host").asText()).isEqualTo("127.0.0.1");
        assertThat(broker.get("port").asInt()).isEqualTo(bootstrap.port());
        assertThat(broker.has("id")).isTrue();
        assertThat(broker.has("rack")).isTrue();
        assertThat(info.get("controller").isObject()).isTrue();
        assertThat(info.get("topics").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(info.get("partitions").asInt()).isGreaterThanOrEqualTo(11);
        assertThat(info.get("offline").asInt()).isZero();
    }
}
