package io.partita.profile;

import io.partita.model.Credentials;

/**
 * Where profile secrets live, apart from the profiles (profiles.json never holds one, so losing the secrets never
 * loses a profile: missing secrets are asked again). Never logs a value. Implementations: {@link MemorySecretStore}
 * (this session only), {@link KeyringSecretStore} (the OS keyring), {@link EncryptedFileSecretStore} (a file
 * encrypted with a master password). {@link SecretStores} picks one. Calls may block (a keyring answers through
 * another process): never call them on the UI thread.
 */
public interface SecretStore {

    Credentials load(String profileName);

    void save(String profileName, Credentials credentials);

    void remove(String profileName);

    /** Whether secrets survive a restart; the UI says so next to password fields when they do not. */
    boolean persistent();

    /**
     * For a store behind a master password: whether it is locked, unlocked or not created yet. Empty for stores
     * that need none (keyring, memory). May do file I/O: not on the UI thread.
     */
    default java.util.Optional<EncryptedFileSecretStore.State> masterPasswordState() {
        return java.util.Optional.empty();
    }

    /**
     * Opens (or creates) a store behind a master password; slow on purpose (key derivation): never on the UI thread.
     * Stores without one ignore it.
     */
    default void unlock(char[] masterPassword) throws WrongMasterPasswordException {
    }

    /**
     * Changes the master password of a store behind one ({@link #masterPasswordState()} present): {@code current}
     * must open it, then every secret is re-encrypted under {@code next}. Slow on purpose: never on the UI thread.
     *
     * @throws WrongMasterPasswordException   when {@code current} is wrong (nothing changes)
     * @throws UnsupportedOperationException when the store has no master password (keyring, memory)
     */
    default void changeMasterPassword(char[] current, char[] next) throws WrongMasterPasswordException {
        throw new UnsupportedOperationException("secrets are kept in " + description()
                + ", which has no master password to change");
    }

    /** Where the secrets are kept, for the user ("the Secret Service keyring", "this session only"...). */
    default String description() {
        return persistent() ? "a persistent store" : "this session only";
    }
}
