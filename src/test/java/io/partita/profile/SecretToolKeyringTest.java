package io.partita.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.partita.model.Credentials;
import io.partita.model.SecretKind;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Secret Service store against a real GNOME Keyring on a private D-Bus session bus. Skipped where
 * secret-tool, dbus-daemon or gnome-keyring-daemon is missing (apt: libsecret-tools gnome-keyring dbus).
 */
class SecretToolKeyringTest {

    private static Process bus;
    private static Process keyringDaemon;
    private static Map<String, String> env;

    @TempDir
    static Path home;

    @TempDir
    Path configDir;

    @BeforeAll
    static void startBusAndKeyring() throws Exception {
        String path = System.getenv("PATH");
        assumeTrue(SecretToolKeyring.findOnPath(path) != null, "secret-tool not installed");
        assumeTrue(onPath(path, "dbus-daemon") && onPath(path, "gnome-keyring-daemon"), "no dbus/gnome-keyring");
        bus = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--print-address=1")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        env = Map.of("DBUS_SESSION_BUS_ADDRESS", address, "HOME", home.toString(),
                "XDG_DATA_HOME", home.resolve("data").toString(), "XDG_RUNTIME_DIR", home.toString());
        ProcessBuilder daemon = new ProcessBuilder("gnome-keyring-daemon", "--unlock", "--foreground",
                "--components=secrets").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        daemon.environment().putAll(env);
        keyringDaemon = daemon.start();
        keyringDaemon.getOutputStream().write("test-login".getBytes(StandardCharsets.UTF_8));
        keyringDaemon.getOutputStream().close();
        SecretToolKeyring probe = new SecretToolKeyring(SecretToolKeyring.findOnPath(path), env);
        // Time-bounded, not count-bounded: on a busy CI machine each secret-tool call can take a second or more.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!probe.available() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assumeTrue(probe.available(), "the test keyring did not come up");
        // A look-up answers before the daemon has made its login collection; a write fails until then
        // ("Object does not exist at path …/collection/login"), so wait until one goes through.
        boolean writable = false;
        while (!writable && System.nanoTime() < deadline + TimeUnit.SECONDS.toNanos(30)) {
            try {
                probe.write("partita-test-probe", "probe", "x");
                probe.delete("partita-test-probe");
                writable = true;
            } catch (Keyring.KeyringException notYet) {
                Thread.sleep(100);
            }
        }
        assumeTrue(writable, "the test keyring's login collection did not come up");
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process p : new Process[] {keyringDaemon, bus}) {
            if (p != null) {
                p.destroy();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    private static boolean onPath(String path, String tool) {
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (java.nio.file.Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private KeyringSecretStore store(Path dir) {
        return new KeyringSecretStore(new SecretToolKeyring(SecretToolKeyring.findOnPath(System.getenv("PATH")), env),
                dir);
    }

    @Test
    void secretsRoundTripThroughTheKeyringAndAreRemoved() {
        KeyringSecretStore store = store(configDir);
        Credentials secrets = Credentials.of(Map.of(SecretKind.SASL_PASSWORD, "kr-pw \"quoted\" ü",
                SecretKind.OAUTH_CLIENT_SECRET, "client-secret-1"));
        store.save("prod / eu", secrets);

        Credentials loaded = store(configDir).load("prod / eu");
        assertThat(loaded.get(SecretKind.SASL_PASSWORD)).contains("kr-pw \"quoted\" ü");
        assertThat(loaded.get(SecretKind.OAUTH_CLIENT_SECRET)).contains("client-secret-1");

        store.remove("prod / eu");
        assertThat(store.load("prod / eu").isEmpty()).isTrue();
    }

    @Test
    void twoConfigDirsDoNotShareSecrets() {
        store(configDir).save("dev", Credentials.of(Map.of(SecretKind.SASL_PASSWORD, "one")));
        assertThat(store(configDir.resolve("other")).load("dev").isEmpty()).isTrue();
    }

    @Test
    void anUnreachableKeyringLoadsNothingInsteadOfFailing() {
        KeyringSecretStore cut = new KeyringSecretStore(new SecretToolKeyring(
                SecretToolKeyring.findOnPath(System.getenv("PATH")),
                Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")), configDir);
        assertThat(cut.load("dev").isEmpty()).isTrue();
        assertThat(new SecretToolKeyring("secret-tool", Map.of("DBUS_SESSION_BUS_ADDRESS",
                "unix:path=/nonexistent/bus")).available()).isFalse();
    }
}
