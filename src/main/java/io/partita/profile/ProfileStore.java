package io.partita.profile;

import io.partita.model.ClusterProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Saved profiles as versioned JSON ({@code profiles.json}) in the OS config dir, or in {@code PARTITA_CONFIG_DIR}.
 * Writes are atomic (temp file + move). A file that cannot be read is moved aside with a timestamp and reported
 * through {@link #problem()}, never overwritten. Methods are synchronous file I/O: call them off the FX thread.
 */
public final class ProfileStore {

    public ProfileStore(Path configDir) {
        throw new UnsupportedOperationException("profile store: work in progress");
    }

    /** {@code PARTITA_CONFIG_DIR}, else XDG_CONFIG_HOME/partita, %APPDATA%\Partita, ~/Library/Application Support/Partita. */
    public static Path defaultConfigDir() {
        throw new UnsupportedOperationException();
    }

    /** All profiles, sorted by name. */
    public List<ClusterProfile> list() {
        throw new UnsupportedOperationException();
    }

    public Optional<ClusterProfile> find(String name) {
        throw new UnsupportedOperationException();
    }

    /** Adds or replaces the profile with the same name. */
    public void save(ClusterProfile profile) {
        throw new UnsupportedOperationException();
    }

    /** Saves {@code profile} in place of the one called {@code oldName} (a rename when the names differ). */
    public void replace(String oldName, ClusterProfile profile) {
        throw new UnsupportedOperationException();
    }

    /** @return whether a profile of that name existed */
    public boolean remove(String name) {
        throw new UnsupportedOperationException();
    }

    /** What went wrong when the file was last read (e.g. "profiles.json was corrupt; moved to ..."), if anything. */
    public Optional<String> problem() {
        throw new UnsupportedOperationException();
    }
}
