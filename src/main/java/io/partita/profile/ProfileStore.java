package io.partita.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partita.model.ClusterProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saved profiles as versioned JSON ({@code profiles.json}) in the OS config dir, or in {@code PARTITA_CONFIG_DIR}.
 * Writes are atomic (temp file + move). A file that cannot be read is moved aside with a timestamp and reported
 * through {@link #problem()}, never overwritten. Methods are synchronous file I/O: call them off the FX thread.
 * Thread-safe (all methods synchronize on the store).
 */
public final class ProfileStore {

    public static final String FILE_NAME = "profiles.json";
    static final int FORMAT_VERSION = 1;
    private static final Logger LOG = LoggerFactory.getLogger(ProfileStore.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private List<ClusterProfile> profiles;
    private String problem;

    public ProfileStore(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    /** {@code PARTITA_CONFIG_DIR}, else XDG_CONFIG_HOME/partita, %APPDATA%\Partita, ~/Library/Application Support/Partita. */
    public static Path defaultConfigDir() {
        return ConfigDirs.forThisUser();
    }

    public Path file() {
        return file;
    }

    /** All profiles, sorted by name (case-insensitive). */
    public synchronized List<ClusterProfile> list() {
        return List.copyOf(loaded());
    }

    public synchronized Optional<ClusterProfile> find(String name) {
        return loaded().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Adds or replaces the profile with the same name. */
    public synchronized void save(ClusterProfile profile) {
        replace(profile.name(), profile);
    }

    /**
     * Saves {@code profile} in place of the one called {@code oldName} (a rename when the names differ).
     *
     * @throws IllegalArgumentException when the name is blank or renaming onto another existing profile
     */
    public synchronized void replace(String oldName, ClusterProfile profile) {
        if (profile.name().isBlank()) {
            throw new IllegalArgumentException("a profile needs a name");
        }
        List<ClusterProfile> next = new ArrayList<>(loaded());
        if (!profile.name().equals(oldName) && next.stream().anyMatch(p -> p.name().equals(profile.name()))) {
            throw new IllegalArgumentException("a profile named '" + profile.name() + "' already exists");
        }
        next.removeIf(p -> p.name().equals(oldName) || p.name().equals(profile.name()));
        next.add(profile);
        write(next);
    }

    /** @return whether a profile of that name existed */
    public synchronized boolean remove(String name) {
        List<ClusterProfile> next = new ArrayList<>(loaded());
        boolean removed = next.removeIf(p -> p.name().equals(name));
        if (removed) {
            write(next);
        }
        return removed;
    }

    /** What went wrong when the file was last read (e.g. "profiles.json was corrupt; moved to ..."), if anything. */
    public synchronized Optional<String> problem() {
        loaded();
        return Optional.ofNullable(problem);
    }

    /** Forgets the cached list so the next call reads the file again. */
    public synchronized void reload() {
        profiles = null;
        problem = null;
    }

    private List<ClusterProfile> loaded() {
        if (profiles == null) {
            profiles = read();
        }
        return profiles;
    }

    private List<ClusterProfile> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            JsonNode root = Json.MAPPER.readTree(file.toFile());
            if (root == null || !root.isObject() || !root.has("profiles")) {
                throw new IOException("no 'profiles' list");
            }
            int version = root.path("version").asInt(0);
            if (version > FORMAT_VERSION) {
                // Written by a newer Partita: read what we understand, never write over it.
                throw new NewerFormatException(version);
            }
            List<ClusterProfile> result = new ArrayList<>();
            for (JsonNode node : root.get("profiles")) {
                result.add(Json.MAPPER.treeToValue(node, ClusterProfile.class));
            }
            return sorted(result);
        } catch (NewerFormatException e) {
            problem = FILE_NAME + " was written by a newer Partita (format " + e.version
                    + "); profiles are read-only until you upgrade";
            throw new IllegalStateException(problem);
        } catch (IOException | RuntimeException e) {
            return moveAside(e);
        }
    }

    private List<ClusterProfile> moveAside(Exception cause) {
        Path aside = file.resolveSibling(FILE_NAME + ".corrupt-" + LocalDateTime.now().format(STAMP));
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            problem = FILE_NAME + " could not be read (" + shortReason(cause) + "); it was moved to " + aside
                    + " and Partita started with no profiles";
        } catch (IOException moveFailed) {
            problem = FILE_NAME + " could not be read (" + shortReason(cause) + ") nor moved aside: "
                    + moveFailed.getMessage();
        }
        LOG.warn(problem);
        return List.of();
    }

    private void write(List<ClusterProfile> next) {
        List<ClusterProfile> sorted = sorted(next);
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("version", FORMAT_VERSION);
        root.set("profiles", Json.MAPPER.valueToTree(sorted));
        try {
            AtomicFiles.write(file, Json.MAPPER.writeValueAsBytes(root), false);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save profiles to " + file + ": " + e.getMessage(), e);
        }
        profiles = sorted;
    }

    private static List<ClusterProfile> sorted(List<ClusterProfile> list) {
        return list.stream().sorted(Comparator.comparing(ClusterProfile::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static String shortReason(Exception e) {
        String msg = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        return msg == null ? e.getClass().getSimpleName() : msg;
    }

    private static final class NewerFormatException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int version;

        NewerFormatException(int version) {
            super("format " + version);
            this.version = version;
        }
    }

    /** Built on first use, on the worker that first reads or writes: not on the FX thread while the window is built. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
