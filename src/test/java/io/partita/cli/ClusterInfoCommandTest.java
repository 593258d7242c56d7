package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.ClusterProfile;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterInfoCommandTest {

    @TempDir
    Path configDir;

    private CliHarness cli;
    private int deadPort;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliHarness(configDir);
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
    }

    @Test
    void unreachableBootstrapFailsFastWithOneLineSayingConnectionRefused() {
        long start = System.nanoTime();

        CliHarness.Result result = cli.run("cluster", "info", "--bootstrap", "127.0.0.1:" + deadPort, "--timeout", "3s");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).startsWith("partita: ").contains("127.0.0.1:" + deadPort).contains("connection refused");
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliHarness.Result result = cli.run("cluster", "info", "--bootstrap", "127.0.0.1:" + deadPort, "-v");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("connection refused").contains("\tat io.partita.cli.");
    }

    @Test
    void unknownProfileFailsListingTheKnownOnes() {
        cli.store().save(ClusterProfile.simple("dev", "h:1", null));

        CliHarness.Result result = cli.run("cluster", "info", "--profile", "prod");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("partita: no profile named 'prod'; known profiles: 'dev'");
    }

    @Test
    void withoutAnyClusterItIsAUsageErrorSayingWhatToPass() {
        CliHarness.Result result = cli.run("cluster", "info");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--bootstrap").contains("--profile").contains("PARTITA_PROFILE");
    }

    @Test
    void profileNamedByTheEnvironmentIsUsedWhenNoOptionIsGiven() {
        cli.store().save(ClusterProfile.simple("dead", "127.0.0.1:" + deadPort, null));
        cli.env.put("PARTITA_PROFILE", "dead");

        CliHarness.Result result = cli.run("cluster", "info", "--timeout", "3s");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("127.0.0.1:" + deadPort).contains("connection refused");
    }

    @Test
    void bootstrapWinsOverProfile() {
        CliHarness.Result result = cli.run("cluster", "info", "--profile", "unknown",
                "--bootstrap", "127.0.0.1:" + deadPort, "--timeout", "3s");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("connection refused").doesNotContain("no profile named");
    }

    @Test
    void badTimeoutIsAUsageError() {
        CliHarness.Result result = cli.run("cluster", "info", "--bootstrap", "h:1", "--timeout", "soon");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--timeout").contains("500ms, 10s or 1m");
    }

    @Test
    void passwordFromStdinNeedsASaslConnection() {
        cli.stdin = "secret\n";

        CliHarness.Result result = cli.run("cluster", "info", "--bootstrap", "h:1", "--sasl-password-stdin");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("does not use SASL").doesNotContain("secret");
    }
}
