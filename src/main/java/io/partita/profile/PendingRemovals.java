package io.partita.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Profiles deleted while the encrypted secrets file was locked: their entries cannot be taken out of the file
 * without the master password, so their names wait here (a small JSON file beside {@code secrets.enc}) until the
 * next write with the key purges them. Profile names are not secret; the file is still owner-only and written
 * atomically. A damaged file counts as empty (a warning is logged): the worst case is an orphaned, still encrypted
 * entry, never a lost one. Not thread-safe on its own: {@link EncryptedFileSecretStore} calls it under its lock.
 */
final class PendingRemovals {

    static final String FILE_NAME = "secrets-removed.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(PendingRemovals.class);

    private final Path file;

    PendingRemovals(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    /** The names waiting to be purged; empty (without reading anything) when there is no file. */
    Set<String> names() {
        if (!Files.exists(file)) {
            return new TreeSet<>();
        }
        try {
            JsonNode profiles = JSON.readTree(file.toFile()).path("profiles");
            Set<String> names = new TreeSet<>();
            profiles.forEach(node -> names.add(node.asText()));
            return names;
        } catch (IOException e) {
            LOG.warn("{} could not be read ({}); ignoring it", file, e.getMessage());
            return new TreeSet<>();
        }
    }

    void add(String profileName) {
        Set<String> names = names();
        if (names.add(profileName)) {
            write(names);
        }
    }

    /**
     * Drops {@code applied} (purged from the secrets file just now) and keeps any name another process added
     * meanwhile; deletes the file when nothing is left.
     */
    void forget(Set<String> applied) {
        if (applied.isEmpty() && !Files.exists(file)) {
            return;
        }
        Set<String> rest = names();
        rest.removeAll(applied);
        if (rest.isEmpty()) {
            deleteFile();
        } else {
            write(rest);
        }
    }

    /** Forgets every name: the secrets file they referred to is gone. */
    void clear() {
        deleteFile();
    }

    private void deleteFile() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(Set<String> names) {
        try {
            AtomicFiles.write(file, JSON.writeValueAsBytes(Map.of("version", 1, "profiles", names)), true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
