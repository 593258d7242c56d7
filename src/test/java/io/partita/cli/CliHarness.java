package io.partita.cli;

import io.partita.profile.MemorySecretStore;
import io.partita.profile.ProfileStore;
import io.partita.profile.SecretStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the CLI in-process with captured streams, a given environment and a temp config dir. */
final class CliHarness {

    final Path configDir;
    final Map<String, String> env = new HashMap<>();
    String stdin = "";
    SandboxLauncher sandboxes = (options, progress) -> {
        throw new AssertionError("no sandbox expected in this test");
    };
    ShutdownSignal shutdownSignal = () -> { };
    /** Shared by every run of this harness, like the keyring of one user. */
    SecretStore secrets = new MemorySecretStore();

    CliHarness(Path configDir) {
        this.configDir = configDir;
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                Map.copyOf(env), configDir, secrets, sandboxes, shutdownSignal);
        int code = Cli.run(args, context);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    ProfileStore store() {
        return new ProfileStore(configDir);
    }

    record Result(int code, String out, String err) {
    }
}
