package io.partita.profile;

import io.partita.model.Credentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets in {@code secrets.enc} in the config dir, encrypted with a key derived from a master password (see
 * {@link SecretFileCipher} for the format). The store starts locked; {@link #unlock} derives the key (slow: call it
 * on a worker thread) and keeps it in memory for the session. Every write re-reads the file with that key, changes
 * one profile's entry and replaces the file atomically, so a CLI run and the GUI do not undo each other's changes.
 * A wrong password or a changed file fails with {@link WrongMasterPasswordException} and touches nothing.
 * While locked, {@link #load} answers "no secrets" (they are asked again) and writes are refused.
 * Thread-safe; all methods do synchronous file I/O.
 */
public final class EncryptedFileSecretStore implements SecretStore {

    public static final String FILE_NAME = "secrets.enc";
    private static final Logger LOG = LoggerFactory.getLogger(EncryptedFileSecretStore.class);

    /** What the UI should ask for. */
    public enum State { NO_FILE, LOCKED, UNLOCKED }

    private final Path file;
    private final int iterations;
    private volatile SecretFileCipher.Key key;

    public EncryptedFileSecretStore(Path configDir) {
        this(configDir, SecretFileCipher.DEFAULT_ITERATIONS);
    }

    /** With another KDF cost: tests only (a real store always uses at least the default). */
    EncryptedFileSecretStore(Path configDir, int iterations) {
        this.file = configDir.resolve(FILE_NAME);
        this.iterations = iterations;
    }

    public Path file() {
        return file;
    }

    public synchronized State state() {
        if (key != null) {
            return State.UNLOCKED;
        }
        return Files.exists(file) ? State.LOCKED : State.NO_FILE;
    }

    @Override
    public java.util.Optional<State> masterPasswordState() {
        return java.util.Optional.of(state());
    }

    /**
     * Opens the file with {@code password}, or creates it (empty) with that password when there is none yet.
     * Slow on purpose (PBKDF2, {@value SecretFileCipher#DEFAULT_ITERATIONS} iterations): never on the UI thread.
     *
     * @throws WrongMasterPasswordException when the password does not open the existing file (nothing changes)
     */
    @Override
    public synchronized void unlock(char[] password) throws WrongMasterPasswordException {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("the master password must not be empty");
        }
        if (Files.exists(file)) {
            SecretFileCipher.Opened opened = SecretFileCipher.open(read(), password);
            SecretsJson.readAll(opened.plaintext());
            key = opened.key();
        } else {
            SecretFileCipher.Key created = SecretFileCipher.newKey(password, iterations);
            writeEncrypted(created, Map.of());
            key = created;
            LOG.info("created the encrypted secrets file {}", file);
        }
    }

    /** Whether no key is held: answered without touching the file. */
    boolean isLockedCached() {
        return key == null;
    }

    /** Forgets the key; the next access needs the master password again. */
    public synchronized void lock() {
        key = null;
    }

    @Override
    public synchronized Credentials load(String profileName) {
        if (key == null) {
            return Credentials.none();
        }
        Map<String, String> entry = readEntries().get(profileName);
        return entry == null ? Credentials.none() : SecretsJson.fromMap(entry);
    }

    @Override
    public synchronized void save(String profileName, Credentials credentials) {
        Map<String, Map<String, String>> entries = requireUnlocked();
        if (credentials.isEmpty()) {
            if (entries.remove(profileName) == null) {
                return;
            }
        } else {
            entries.put(profileName, SecretsJson.toMap(credentials));
        }
        writeEncrypted(key, entries);
    }

    @Override
    public synchronized void remove(String profileName) {
        if (key == null && !Files.exists(file)) {
            return;
        }
        Map<String, Map<String, String>> entries = requireUnlocked();
        if (entries.remove(profileName) != null) {
            writeEncrypted(key, entries);
        }
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public String description() {
        return "the encrypted file " + file;
    }

    private Map<String, Map<String, String>> requireUnlocked() {
        if (key == null) {
            throw new SecretsLockedException("passwords are locked: enter the master password first");
        }
        return readEntries();
    }

    private Map<String, Map<String, String>> readEntries() {
        if (!Files.exists(file)) {
            return new java.util.TreeMap<>();
        }
        try {
            return SecretsJson.readAll(SecretFileCipher.reopen(read(), key));
        } catch (WrongMasterPasswordException e) {
            key = null;
            throw new SecretsLockedException(FILE_NAME + " was changed by someone else (another master password?); "
                    + "unlock it again");
        }
    }

    private byte[] read() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private void writeEncrypted(SecretFileCipher.Key with, Map<String, Map<String, String>> entries) {
        try {
            AtomicFiles.write(file, SecretFileCipher.encrypt(with, SecretsJson.writeAll(entries)), true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save secrets to " + file + ": " + e.getMessage(), e);
        }
    }
}
