package io.partita.profile;

import java.nio.file.Path;
import java.util.Map;

/** Where each OS keeps per-user configuration. Pure, so every platform's rule is testable here. */
public final class ConfigDirs {

    private ConfigDirs() {
    }

    /**
     * This user's config dir. Touches no logger, so the launcher can call it to place the log file before logging
     * starts.
     */
    public static Path forThisUser() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(Map<String, String> env, String osName, String userHome) {
        String override = env.get("PARTITA_CONFIG_DIR");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "Partita")
                    : Path.of(userHome, "AppData", "Roaming", "Partita");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Partita");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "partita") : Path.of(userHome, ".config", "partita");
    }
}
