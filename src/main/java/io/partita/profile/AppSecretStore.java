package io.partita.profile;

import io.partita.model.Credentials;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The GUI's secret store. The real store is chosen on first use (probing the keyring runs a helper process, so
 * never while the window is being built), and while an encrypted store is locked or not created yet, secrets are
 * kept for this session in memory: nothing the user typed is lost, and {@link #unlock} (or a master password change)
 * moves them into the file. Removing while locked reaches the store, which notes the profile and purges its entry at
 * the unlock, before the session's secrets move in. Thread-safe; every call but {@link #persistent()} may block: call them on worker threads.
 */
public final class AppSecretStore implements SecretStore {

    private final Supplier<SecretStore> chooser;
    private final MemorySecretStore session = new MemorySecretStore();
    private volatile SecretStore chosen;

    public AppSecretStore(Supplier<SecretStore> chooser) {
        this.chooser = chooser;
    }

    private synchronized SecretStore store() {
        if (chosen == null) {
            chosen = chooser.get();
        }
        return chosen;
    }

    private boolean locked(SecretStore store) {
        return store.masterPasswordState().map(s -> s != EncryptedFileSecretStore.State.UNLOCKED).orElse(false);
    }

    @Override
    public synchronized Credentials load(String profileName) {
        SecretStore store = store();
        Credentials inSession = session.load(profileName);
        return locked(store) || !inSession.isEmpty() ? inSession : store.load(profileName);
    }

    @Override
    public synchronized void save(String profileName, Credentials credentials) {
        SecretStore store = store();
        if (locked(store)) {
            session.save(profileName, credentials);
        } else {
            store.save(profileName, credentials);
            session.remove(profileName);
        }
    }

    /** A locked encrypted store notes the name and purges the entry once unlocked (before session secrets move in). */
    @Override
    public synchronized void remove(String profileName) {
        SecretStore store = store();
        session.remove(profileName);
        store.remove(profileName);
    }

    /** True until the store is known to be locked: answered without I/O, so the UI thread may ask. */
    @Override
    public boolean persistent() {
        SecretStore store = chosen;
        return store == null || (store.persistent() && !lockedWithoutIo(store));
    }

    private static boolean lockedWithoutIo(SecretStore store) {
        return store instanceof EncryptedFileSecretStore file && file.isLockedCached();
    }

    @Override
    public String description() {
        return store().description();
    }

    @Override
    public Optional<EncryptedFileSecretStore.State> masterPasswordState() {
        return store().masterPasswordState();
    }

    /** Unlocks (or creates) the encrypted store and moves the secrets kept for this session into it. */
    @Override
    public synchronized void unlock(char[] masterPassword) throws WrongMasterPasswordException {
        SecretStore store = store();
        store.unlock(masterPassword);
        keepSessionSecrets(store);
    }

    /** Changes the master password; the store is then unlocked, so secrets typed in this session move into it. */
    @Override
    public synchronized void changeMasterPassword(char[] current, char[] next) throws WrongMasterPasswordException {
        SecretStore store = store();
        store.changeMasterPassword(current, next);
        keepSessionSecrets(store);
    }

    private void keepSessionSecrets(SecretStore store) {
        for (String name : session.names()) {
            store.save(name, session.load(name));
            session.remove(name);
        }
    }

    /** Whether secrets typed in this session wait for the master password to be kept. */
    public boolean hasSessionOnlySecrets() {
        return !session.names().isEmpty();
    }
}
