package io.partita.profile;

import io.partita.model.Credentials;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps secrets for this session only: nothing touches the disk. */
public final class MemorySecretStore implements SecretStore {

    private final Map<String, Credentials> byProfile = new ConcurrentHashMap<>();

    @Override
    public Credentials load(String profileName) {
        return byProfile.getOrDefault(profileName, Credentials.none());
    }

    @Override
    public void save(String profileName, Credentials credentials) {
        if (credentials.isEmpty()) {
            byProfile.remove(profileName);
        } else {
            byProfile.put(profileName, credentials);
        }
    }

    @Override
    public void remove(String profileName) {
        byProfile.remove(profileName);
    }

    /** The profiles that have secrets here. */
    java.util.Set<String> names() {
        return java.util.Set.copyOf(byProfile.keySet());
    }

    @Override
    public boolean persistent() {
        return false;
    }
}
