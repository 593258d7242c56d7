package io.partita.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.partita.model.Credentials;
import io.partita.model.SecretKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Secret Service store against a real GNOME Keyring on a private D-Bus session bus. Skipped where
 * secret-tool, dbus-daemon or gnome-keyring-daemon is missing (apt: libsecret-tools gnome-keyring dbus); where they
 * are installed, a keyring that does not come up fails the class instead of skipping it.
 *
 * <p>The bus has its own configuration without service directories. With the system's session configuration, a
 * {@code secret-tool} call made before our daemon owns {@code org.freedesktop.secrets} starts a second daemon
 * through D-Bus activation, one without the login collection, and ours then gives way ("another secret service is
 * running"): on a loaded machine that happened about one run in five.
 */
class SecretToolKeyringTest {

    private static Process bus;
    private static Process keyringDaemon;
    private static Map<String, String> env;
    private static Path daemonLog;

    private static final String BUS_CONFIG = """
            <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
             "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
            <busconfig>
              <type>session</type>
              <listen>unix:tmpdir=/tmp</listen>
              <auth>EXTERNAL</auth>
              <policy context="default">
                <allow send_destination="*" eavesdrop="true"/>
                <allow eavesdrop="true"/>
                <allow own="*"/>
              </policy>
            </busconfig>
            """;

    @TempDir
    static Path home;

    @TempDir
    Path configDir;

    @BeforeAll
    static void startBusAndKeyring() throws Exception {
        String path = System.getenv("PATH");
        assumeTrue(SecretToolKeyring.findOnPath(path) != null, "secret-tool not installed");
        assumeTrue(onPath(path, "dbus-daemon") && onPath(path, "gnome-keyring-daemon"), "no dbus/gnome-keyring");
        Path busConfig = home.resolve("bus.conf");
        Files.writeString(busConfig, BUS_CONFIG);
        bus = new ProcessBuilder("dbus-daemon", "--config-file=" + busConfig, "--nofork", "--print-address=1")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        env = Map.of("DBUS_SESSION_BUS_ADDRESS", address, "HOME", home.toString(),
                "XDG_DATA_HOME", home.resolve("data").toString(), "XDG_RUNTIME_DIR", home.toString());
        daemonLog = home.resolve("keyring-daemon.log");
        ProcessBuilder daemon = new ProcessBuilder("gnome-keyring-daemon", "--unlock", "--foreground",
                "--components=secrets").redirectErrorStream(true).redirectOutput(daemonLog.toFile());
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
        if (!probe.available()) {
            throw new IllegalStateException("the test keyring did not answer within 30 s; daemon said: " + daemonSaid());
        }
        // A look-up answers before the daemon has made its login collection; a write fails until then
        // ("Object does not exist at path …/collection/login"), so wait until one goes through.
        boolean writable = false;
        String lastError = "";
        while (!writable && System.nanoTime() < deadline + TimeUnit.SECONDS.toNanos(30)) {
            try {
                probe.write("partita-test-probe", "probe", "x");
                probe.delete("partita-test-probe");
                writable = true;
            } catch (Keyring.KeyringException notYet) {
                lastError = notYet.getMessage();
                Thread.sleep(100);
            }
        }
        if (!writable) {
            throw new IllegalStateException("the test keyring's login collection did not come up (" + lastError
                    + "); daemon said: " + daemonSaid());
        }
    }

    private static String daemonSaid() throws IOException {
        return Files.exists(daemonLog) ? Files.readString(daemonLog).strip() : "(nothing)";
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
            if (Files.isExecutable(Path.of(dir, tool))) {
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
