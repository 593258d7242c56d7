package io.partita.prefs;

import io.partita.profile.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * {@code ui.properties} in the app's config dir. A properties file, not JSON: it is read before the first frame and
 * Jackson's start-up would cost more than the whole file. Writes go to a temp file that replaces the old one
 * atomically, so a crash never leaves half a file. A file that cannot be read counts as the defaults: these are
 * comforts, not data.
 *
 * <p>Blocking file I/O: call from a worker thread or before the UI starts ({@code Application.init}).
 */
public final class UiPrefsStore {

    static final String FILE = "ui.properties";
    private static final int VERSION = 1;
    /** {@code tab.<profile name>=<tab title>}; Properties escapes whatever the name holds. */
    private static final String TAB_PREFIX = "tab.";

    private final Path file;

    public UiPrefsStore(Path configDir) {
        this.file = configDir.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    public UiPrefs load() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return UiPrefs.DEFAULTS;
        } catch (IOException | IllegalArgumentException e) {
            return UiPrefs.DEFAULTS;
        }
        Map<String, String> tabs = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(TAB_PREFIX) && key.length() > TAB_PREFIX.length()) {
                tabs.put(key.substring(TAB_PREFIX.length()), p.getProperty(key));
            }
        }
        return new UiPrefs("dark".equals(p.getProperty("theme")), bounds(p),
                Optional.ofNullable(p.getProperty("profile.last")), tabs);
    }

    private static Optional<UiPrefs.WindowBounds> bounds(Properties p) {
        try {
            double width = Double.parseDouble(p.getProperty("window.width", "NaN"));
            double height = Double.parseDouble(p.getProperty("window.height", "NaN"));
            if (!(width > 0 && height > 0)) {
                return Optional.empty();
            }
            return Optional.of(new UiPrefs.WindowBounds(Double.parseDouble(p.getProperty("window.x", "0")),
                    Double.parseDouble(p.getProperty("window.y", "0")), width, height,
                    Boolean.parseBoolean(p.getProperty("window.maximized"))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void save(UiPrefs prefs) {
        Properties p = new Properties();
        p.setProperty("version", Integer.toString(VERSION));
        p.setProperty("theme", prefs.dark() ? "dark" : "light");
        prefs.lastProfile().ifPresent(name -> p.setProperty("profile.last", name));
        prefs.tabs().forEach((profile, tab) -> p.setProperty(TAB_PREFIX + profile, tab));
        prefs.window().ifPresent(w -> {
            p.setProperty("window.x", Double.toString(w.x()));
            p.setProperty("window.y", Double.toString(w.y()));
            p.setProperty("window.width", Double.toString(w.width()));
            p.setProperty("window.height", Double.toString(w.height()));
            p.setProperty("window.maximized", Boolean.toString(w.maximized()));
        });
        try {
            StringWriter out = new StringWriter();
            p.store(out, "Partita UI preferences");
            AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save " + file + ": " + e.getMessage(), e);
        }
    }
}
