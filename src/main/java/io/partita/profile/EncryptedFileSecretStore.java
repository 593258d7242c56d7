package io.partita.profile;

import io.partita.model.Credentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets in {@code secrets.enc} in the config dir, encrypted with a key derived from a master password (see
 * {@link SecretFileCipher} for the format). The store starts locked; {@link #unlock} derives the key (slow: call it
 * on a worker thread) and keeps it in memory for the session. Every write re-reads the file with that key, changes
 * one profile's entry and replaces the file atomically, so a CLI run and the GUI do not undo each other's changes.
 * A wrong password or a changed file fails with {@link WrongMasterPasswordException} and touches nothing.
 * While locked, {@link #load} answers "no secrets" (they are asked again), saves are refused, and {@link #remove}
 * notes the profile in {@link PendingRemovals}: the next write with the key (unlock, save, remove, password change)
 * purges those entries first, so a profile re-created under the same name keeps what is saved for it afterwards.
 * Thread-safe; all methods do synchronous file I/O.
 */
public final class EncryptedFileSecretStore implements SecretStore {

    public static final String FILE_NAME = "secrets.enc";
    private static final Logger LOG = LoggerFactory.getLogger(EncryptedFileSecretStore.class);

    /** What the UI should ask for. */
    public enum State { NO_FILE, LOCKED, UNLOCKED }

    private final Path file;
    private final PendingRemovals pending;
    private final int iterations;
    private volatile SecretFileCipher.Key key;

    public EncryptedFileSecretStore(Path configDir) {
        this(configDir, SecretFileCipher.DEFAULT_ITERATIONS);
    }

    /** With another KDF cost: tests only (a real store always uses at least the default). */
    EncryptedFileSecretStore(Path configDir, int iterations) {
        this.file = configDir.resolve(FILE_NAME);
        this.pending = new PendingRemovals(configDir);
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
     * Opens the file with {@code password}, or creates it (empty) with that password when there is none yet, then
     * purges the entries of profiles deleted while it was locked.
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
            Map<String, Map<String, String>> entries = SecretsJson.readAll(opened.plaintext());
            key = opened.key();
            applyPendingRemovals(entries);
        } else {
            SecretFileCipher.Key created = SecretFileCipher.newKey(password, iterations);
            writeEncrypted(created, Map.of());
            key = created;
            pending.clear();
            LOG.info("created the encrypted secrets file {}", file);
        }
    }

    /**
     * Re-encrypts every entry under a key derived from {@code next} with a fresh salt, after {@code current} has
     * opened the file; the file is replaced atomically and the store stays unlocked with the new key. Slow (two
     * key derivations): never on the UI thread. A store unlocked in another process notices the change on its next
     * access and asks for the (new) password again.
     *
     * @throws WrongMasterPasswordException when {@code current} does not open the file (nothing changes)
     * @throws IllegalStateException        when no master password was chosen yet (there is no file)
     */
    @Override
    public synchronized void changeMasterPassword(char[] current, char[] next) throws WrongMasterPasswordException {
        if (next == null || next.length == 0) {
            throw new IllegalArgumentException("the new master password must not be empty");
        }
        if (!Files.exists(file)) {
            throw new IllegalStateException("no master password has been chosen yet: Partita asks for one the first "
                    + "time it keeps a password");
        }
        if (current == null || current.length == 0) {
            throw new WrongMasterPasswordException();
        }
        Map<String, Map<String, String>> entries = SecretsJson.readAll(SecretFileCipher.open(read(), current)
                .plaintext());
        Set<String> purged = purge(entries);
        SecretFileCipher.Key fresh = SecretFileCipher.newKey(next, iterations);
        writeEncrypted(fresh, entries);
        key = fresh;
        pending.forget(purged);
        LOG.info("changed the master password of {}", file);
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
        if (key == null || pending.names().contains(profileName)) {
            return Credentials.none();
        }
        Map<String, String> entry = readEntries().get(profileName);
        return entry == null ? Credentials.none() : SecretsJson.fromMap(entry);
    }

    @Override
    public synchronized void save(String profileName, Credentials credentials) {
        Map<String, Map<String, String>> entries = requireUnlocked();
        Set<String> purged = purge(entries);
        boolean changed = !purged.isEmpty();
        if (credentials.isEmpty()) {
            changed |= entries.remove(profileName) != null;
        } else {
            entries.put(profileName, SecretsJson.toMap(credentials));
            changed = true;
        }
        if (changed) {
            writeEncrypted(key, entries);
        }
        pending.forget(purged);
    }

    /**
     * Unlocked: takes the entry out now. Locked (or the key no longer opens the file): notes the name, and the entry
     * goes at the next write with the key. Never asks for the master password.
     */
    @Override
    public synchronized void remove(String profileName) {
        if (key != null) {
            try {
                Map<String, Map<String, String>> entries = readEntries();
                Set<String> purged = purge(entries);
                if (entries.remove(profileName) != null || !purged.isEmpty()) {
                    writeEncrypted(key, entries);
                }
                pending.forget(purged);
                return;
            } catch (SecretsLockedException e) {
                // Another master password was set meanwhile: the key is gone, fall through to noting the name.
            }
        }
        if (Files.exists(file)) {
            pending.add(profileName);
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

    /** The side file naming profiles deleted while locked (exists only while some wait). */
    Path pendingRemovalsFile() {
        return pending.file();
    }

    private void applyPendingRemovals(Map<String, Map<String, String>> entries) {
        Set<String> purged = purge(entries);
        if (purged.isEmpty()) {
            pending.forget(purged);
            return;
        }
        try {
            writeEncrypted(key, entries);
            pending.forget(purged);
            LOG.info("removed the secrets of {} profile(s) deleted while {} was locked", purged.size(), FILE_NAME);
        } catch (UncheckedIOException e) {
            // The store is open either way; the names stay listed and go with the next write.
            LOG.warn("could not remove the secrets of profiles deleted while locked: {}", e.getMessage());
        }
    }

    /** Takes the pending names out of {@code entries}; returns every pending name (applied once written). */
    private Set<String> purge(Map<String, Map<String, String>> entries) {
        Set<String> names = pending.names();
        entries.keySet().removeAll(names);
        return names;
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
        byte[] plaintext = SecretsJson.writeAll(entries);
        try {
            AtomicFiles.write(file, SecretFileCipher.encrypt(with, plaintext), true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save secrets to " + file + ": " + e.getMessage(), e);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }
}
