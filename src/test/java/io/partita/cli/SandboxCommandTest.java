package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.model.ClusterProfile;
import io.partita.sandbox.Sandbox;
import io.partita.sandbox.SandboxException;
import io.partita.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sandbox start} with a stand-in cluster: no child processes, the "signal" is released by the test. */
class SandboxCommandTest {

    @TempDir
    Path configDir;

    private CliHarness cli;
    private final List<SandboxOptions> started = new ArrayList<>();
    private final AtomicInteger closes = new AtomicInteger();
    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        cli = new CliHarness(configDir);
        cli.sandboxes = (options, progress) -> {
            started.add(options);
            progress.accept("broker 1 ready");
            return new FakeCluster(options.registry());
        };
        cli.shutdownSignal = () -> events.add(closes.get() == 0 ? "signal while running" : "signal after close");
    }

    @Test
    void jsonLineAnnouncesBootstrapRegistryAndProfile() throws Exception {
        CliHarness.Result result = cli.run("sandbox", "start", "--json");

        assertThat(result.code()).isZero();
        assertThat(result.out().strip().lines()).hasSize(1);
        JsonNode ready = new ObjectMapper().readTree(result.out());
        assertThat(ready.get("bootstrap").asText()).isEqualTo("127.0.0.1:19092");
        assertThat(ready.get("registry").asText()).isEqualTo("http://127.0.0.1:18080/apis/ccompat/v7");
        assertThat(ready.get("profile").asText()).isEqualTo("Local sandbox");
    }

    @Test
    void registryIsNullWithoutARegistry() throws Exception {
        CliHarness.Result result = cli.run("sandbox", "start", "--no-registry", "--json");

        assertThat(new ObjectMapper().readTree(result.out()).get("registry").isNull()).isTrue();
        assertThat(started.get(0).registry()).isFalse();
    }

    @Test
    void optionsReachTheSandbox() {
        cli.run("sandbox", "start", "--brokers", "3", "--no-demo-data", "--data-dir", "/tmp/x", "--keep-data");

        SandboxOptions options = started.get(0);
        assertThat(options.brokers()).isEqualTo(3);
        assertThat(options.registry()).isTrue();
        assertThat(options.demoData()).isFalse();
        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(options.keepData()).isTrue();
    }

    @Test
    void localSandboxProfileIsSavedForOtherCommands() {
        cli.run("sandbox", "start");

        ClusterProfile saved = cli.store().find(Sandbox.PROFILE_NAME).orElseThrow();
        assertThat(saved.bootstrapServers()).isEqualTo("127.0.0.1:19092");
        assertThat(saved.registry().url()).isEqualTo("http://127.0.0.1:18080/apis/ccompat/v7");
    }

    @Test
    void progressGoesToStderrAndTheAddressesToStdout() {
        CliHarness.Result result = cli.run("sandbox", "start");

        assertThat(result.err()).contains("broker 1 ready");
        assertThat(result.out()).doesNotContain("broker 1 ready").contains("127.0.0.1:19092").contains("Ctrl+C");
    }

    @Test
    void sandboxRunsUntilTheSignalAndIsClosedExactlyOnce() {
        CliHarness.Result result = cli.run("sandbox", "start");

        assertThat(result.code()).isZero();
        assertThat(events).containsExactly("signal while running");
        assertThat(closes.get()).isEqualTo(1);
    }

    @Test
    void keepDataWithoutDataDirIsAUsageErrorAndStartsNothing() {
        CliHarness.Result result = cli.run("sandbox", "start", "--keep-data");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--keep-data needs --data-dir");
        assertThat(started).isEmpty();
    }

    @Test
    void startFailureIsOneLineAndExit1() {
        cli.sandboxes = (options, progress) -> {
            throw new SandboxException("broker 1 did not start within 60 s; see /tmp/sb/broker-1.log");
        };

        CliHarness.Result result = cli.run("sandbox", "start");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("partita: broker 1 did not start within 60 s; see /tmp/sb/broker-1.log");
    }

    private final class FakeCluster implements LocalCluster {
        private final boolean registry;

        FakeCluster(boolean registry) {
            this.registry = registry;
        }

        @Override
        public String bootstrapServers() {
            return "127.0.0.1:19092";
        }

        @Override
        public Optional<String> registryUrl() {
            return registry ? Optional.of("http://127.0.0.1:18080/apis/ccompat/v7") : Optional.empty();
        }

        @Override
        public ClusterProfile profile() {
            return ClusterProfile.simple(Sandbox.PROFILE_NAME, bootstrapServers(), registryUrl().orElse(null));
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }
}
