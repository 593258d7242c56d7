package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path configDir;

    @Test
    void unknownCommandIsAUsageErrorWithAHint() {
        CliHarness.Result result = new CliHarness(configDir).run("topicz");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("'topicz'").contains("Try 'partita --help'");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageErrorThatSuggestsTheCloseOne() {
        CliHarness.Result result = new CliHarness(configDir).run("profiles", "list", "--jsn");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option: '--jsn'").contains("--json")
                .contains("Try 'partita profiles list --help'");
    }

    @Test
    void missingCommandIsAUsageErrorNamingTheChoices() {
        CliHarness.Result result = new CliHarness(configDir).run("profiles");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("missing command: one of add, import, export, change-master-password, list, remove, show");
    }

    @Test
    void helpPrintsUsageOnStdoutAndSucceeds() {
        CliHarness.Result result = new CliHarness(configDir).run("--help");

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("Usage: partita").contains("profiles").contains("cluster").contains("sandbox");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void subcommandsHaveHelpToo() {
        CliHarness.Result result = new CliHarness(configDir).run("cluster", "info", "--help");

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("--bootstrap").contains("--profile").contains("--timeout");
    }

    @Test
    void versionIsDevWhenNotRunFromTheJar() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Cli.run(new String[] {"--version"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("partita dev");
    }
}
