package io.partita.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The macOS login keychain through {@code /usr/bin/security}, as generic passwords of service "partita".
 * Adding goes through {@code security -i} reading its command from stdin, so the secret is never an argument.
 * Values are stored base64-encoded: {@code security -w} prints non-ASCII passwords as hex otherwise.
 * Not exercised by the test suite (no macOS machine here); the account and label are reduced to characters
 * that need no quoting.
 */
final class MacKeychain implements Keyring {

    static final Path TOOL = Path.of("/usr/bin/security");
    private static final Duration CALL_BOUND = Duration.ofSeconds(15);
    private static final int ITEM_NOT_FOUND = 44;

    static boolean available() {
        return Files.isExecutable(TOOL);
    }

    @Override
    public String name() {
        return "the macOS keychain";
    }

    @Override
    public Optional<String> read(String account) throws KeyringException {
        ChildProcess.Result r = run(List.of(TOOL.toString(), "find-generic-password", "-s", "partita", "-a",
                safe(account), "-w"), null);
        if (r.exit() == ITEM_NOT_FOUND) {
            return Optional.empty();
        }
        if (r.exit() != 0) {
            throw new KeyringException("could not read from " + name() + ": " + r.err());
        }
        try {
            return Optional.of(new String(Base64.getDecoder().decode(r.out().strip()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new KeyringException("a keychain item of Partita is not in the expected format");
        }
    }

    @Override
    public void write(String account, String label, String secret) throws KeyringException {
        String encoded = Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
        String command = "add-generic-password -U -s partita -a " + safe(account) + " -l \"" + safe(label)
                + "\" -w " + encoded + "\n";
        ChildProcess.Result r = run(List.of(TOOL.toString(), "-i"), command);
        if (r.exit() != 0 || !r.err().isEmpty()) {
            throw new KeyringException("could not write to " + name() + ": " + r.err());
        }
    }

    @Override
    public void delete(String account) throws KeyringException {
        ChildProcess.Result r = run(List.of(TOOL.toString(), "delete-generic-password", "-s", "partita", "-a",
                safe(account)), null);
        if (r.exit() != 0 && r.exit() != ITEM_NOT_FOUND) {
            throw new KeyringException("could not delete from " + name() + ": " + r.err());
        }
    }

    private ChildProcess.Result run(List<String> cmd, String stdin) throws KeyringException {
        try {
            return ChildProcess.run(cmd, stdin, Map.of(), CALL_BOUND);
        } catch (IOException e) {
            throw new KeyringException(name() + " did not answer: " + e.getMessage());
        }
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9 ._:@-]", "_");
    }
}
