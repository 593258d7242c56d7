package io.partita.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A folder that outlives single sandboxes, for files worth reusing (the child jar, the class data archive):
 * {@code cache/} in the sandbox home when it is writable (a development build), else the user's cache folder
 * (an installed app's home is usually read-only).
 */
final class SandboxCache {

    private SandboxCache() {
    }

    static Optional<Path> locate(SandboxHome home) {
        Optional<Path> beside = writable(home.root().resolve("cache"));
        return beside.isPresent() ? beside : writable(userCache().resolve("sandbox"));
    }

    private static Path userCache() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path userHome = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return local == null || local.isBlank() ? userHome.resolve("AppData/Local/Partita/cache")
                    : Path.of(local, "Partita", "cache");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library/Caches/Partita");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg == null || xdg.isBlank() ? userHome.resolve(".cache/partita") : Path.of(xdg, "partita");
    }

    private static Optional<Path> writable(Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.isWritable(dir) ? Optional.of(dir) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }
}
