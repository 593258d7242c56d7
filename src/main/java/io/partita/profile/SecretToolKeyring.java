package io.partita.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The freedesktop Secret Service (GNOME Keyring, KWallet, KeePassXC) through libsecret's {@code secret-tool}.
 * Entries carry the attributes {@code application=partita} and {@code account=...}. Needs a D-Bus session bus and
 * an unlocked collection: {@link #available()} checks both with one harmless look-up.
 */
final class SecretToolKeyring implements Keyring {

    private static final Duration CALL_BOUND = Duration.ofSeconds(10);
    private static final Duration PROBE_BOUND = Duration.ofSeconds(3);
    private final String command;
    private final Map<String, String> env;

    /** @param env extra environment for the helper, e.g. a test's own DBUS_SESSION_BUS_ADDRESS */
    SecretToolKeyring(String command, Map<String, String> env) {
        this.command = command;
        this.env = Map.copyOf(env);
    }

    /** {@code secret-tool} from PATH, or null when there is none. */
    static String findOnPath(String path) {
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "secret-tool");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    /** Whether a session bus answers and the keyring serves look-ups (a missing entry answers exit 1, no message). */
    boolean available() {
        try {
            ChildProcess.Result r = ChildProcess.run(List.of(command, "lookup", "application", "partita",
                    "account", "partita-availability-probe"), null, env, PROBE_BOUND);
            return r.exit() == 0 || (r.exit() == 1 && r.err().isEmpty());
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String name() {
        return "the Secret Service keyring";
    }

    @Override
    public Optional<String> read(String account) throws KeyringException {
        ChildProcess.Result r = call(List.of("lookup"), account, null);
        if (r.exit() == 0) {
            return Optional.of(r.out());
        }
        if (r.exit() == 1 && r.err().isEmpty()) {
            return Optional.empty();
        }
        throw failure("read", r);
    }

    @Override
    public void write(String account, String label, String secret) throws KeyringException {
        ChildProcess.Result r = call(List.of("store", "--label=" + label), account, secret);
        if (r.exit() != 0) {
            throw failure("write", r);
        }
    }

    @Override
    public void delete(String account) throws KeyringException {
        ChildProcess.Result r = call(List.of("clear"), account, null);
        if (r.exit() != 0 && !(r.exit() == 1 && r.err().isEmpty())) {
            throw failure("delete", r);
        }
    }

    private ChildProcess.Result call(List<String> verb, String account, String stdin) throws KeyringException {
        List<String> cmd = new ArrayList<>();
        cmd.add(command);
        cmd.addAll(verb);
        cmd.addAll(List.of("application", "partita", "account", account));
        try {
            return ChildProcess.run(cmd, stdin, env, CALL_BOUND);
        } catch (IOException e) {
            throw new KeyringException(name() + " did not answer: " + e.getMessage());
        }
    }

    private KeyringException failure(String what, ChildProcess.Result r) {
        // secret-tool's messages name the problem (no bus, locked collection), never the secret.
        return new KeyringException("could not " + what + " in " + name() + ": "
                + (r.err().isEmpty() ? "exit code " + r.exit() : r.err()));
    }
}
