package io.partita.profile;

import io.partita.model.Credentials;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * An encrypted store that asks for the master password the first time a secret is needed (the CLI: most commands
 * need none, so most never ask). When no password can be had, loads answer "no secrets" and writes fail with
 * {@code whyLocked}. A wrong password fails the command with the store's own message. Removing a profile's
 * secrets never asks (see {@link #remove}).
 */
public final class UnlockOnDemand implements SecretStore {

    private final EncryptedFileSecretStore store;
    private final Function<EncryptedFileSecretStore.State, Optional<char[]>> passwords;
    private final String whyLocked;
    private boolean asked;

    /**
     * @param passwords gives the master password for the store's state (NO_FILE: a new one), or empty when there
     *                  is no way to get one (no terminal, no environment variable)
     */
    public UnlockOnDemand(EncryptedFileSecretStore store,
                          Function<EncryptedFileSecretStore.State, Optional<char[]>> passwords, String whyLocked) {
        this.store = store;
        this.passwords = passwords;
        this.whyLocked = whyLocked;
    }

    @Override
    public synchronized Credentials load(String profileName) {
        if (store.state() == EncryptedFileSecretStore.State.NO_FILE) {
            return Credentials.none();
        }
        unlock();
        return store.load(profileName);
    }

    @Override
    public synchronized void save(String profileName, Credentials credentials) {
        if (credentials.isEmpty() && store.state() == EncryptedFileSecretStore.State.NO_FILE) {
            return;
        }
        unlock();
        requireUnlocked();
        store.save(profileName, credentials);
    }

    /**
     * Never asks: while locked the store notes the name and purges the entry at the next unlock, so deleting a
     * profile needs no master password.
     */
    @Override
    public synchronized void remove(String profileName) {
        store.remove(profileName);
    }

    @Override
    public Optional<EncryptedFileSecretStore.State> masterPasswordState() {
        return store.masterPasswordState();
    }

    @Override
    public synchronized void changeMasterPassword(char[] current, char[] next) throws WrongMasterPasswordException {
        store.changeMasterPassword(current, next);
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public String description() {
        return store.description();
    }

    private void requireUnlocked() {
        if (store.state() != EncryptedFileSecretStore.State.UNLOCKED) {
            throw new SecretsLockedException(whyLocked);
        }
    }

    private void unlock() {
        if (asked || store.state() == EncryptedFileSecretStore.State.UNLOCKED) {
            return;
        }
        asked = true;
        Optional<char[]> password = passwords.apply(store.state());
        if (password.isEmpty()) {
            return;
        }
        try {
            store.unlock(password.get());
        } catch (WrongMasterPasswordException e) {
            throw new SecretsLockedException(e.getMessage());
        } finally {
            Arrays.fill(password.get(), '\0');
        }
    }
}
