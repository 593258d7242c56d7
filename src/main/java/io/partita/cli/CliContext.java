package io.partita.cli;

import io.partita.profile.ProfileStore;
import io.partita.profile.SecretStore;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the commands need from the outside world, in one place so tests can replace it:
 * streams, environment, config dir, secrets, how to start a sandbox and how to wait for Ctrl+C.
 */
record CliContext(
        PrintStream out,
        PrintStream err,
        InputStream in,
        Map<String, String> env,
        Path configDir,
        SecretStore secrets,
        SandboxLauncher sandboxes,
        ShutdownSignal shutdownSignal) {

    static CliContext system(PrintStream out, PrintStream err) {
        Path configDir = ProfileStore.defaultConfigDir();
        return new CliContext(out, err, System.in, System.getenv(), configDir,
                MasterPassword.store(configDir, System.getenv(), System.console()), SandboxLauncher.processes(),
                new ProcessSignals());
    }

    ProfileStore profileStore() {
        return new ProfileStore(configDir);
    }

    void printJson(Object value) {
        out.println(JsonOut.write(value));
        out.flush();
    }
}
