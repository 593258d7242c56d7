package io.partita.profile;

import io.partita.model.Credentials;

/**
 * Where profile secrets live, apart from the profiles. Never logs a value.
 * Implementations: {@link MemorySecretStore} (this session only).
 */
public interface SecretStore {

    Credentials load(String profileName);

    void save(String profileName, Credentials credentials);

    void remove(String profileName);

    /** Whether secrets survive a restart; the UI says so next to password fields when they do not. */
    boolean persistent();
}
