package io.partita.ui.main;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * The versions the About dialog shows, read from what is really on the class path (manifests and the libraries' own
 * version files), so a packaged app reports what it ships. Reads class-path resources: call off the FX thread.
 */
public final class AppVersions {

    /** One line of the About dialog. */
    public record Entry(String component, String version) {
    }

    private static final String UNKNOWN = "unknown";

    private AppVersions() {
    }

    public static List<Entry> read() {
        String partita = AppVersions.class.getPackage().getImplementationVersion();
        return List.of(
                new Entry("Partita", partita == null ? "development build" : partita),
                new Entry("Java", System.getProperty("java.runtime.version", UNKNOWN) + " ("
                        + System.getProperty("java.vm.vendor", UNKNOWN) + ", " + System.getProperty("java.home", "")
                        + ")"),
                new Entry("JavaFX", System.getProperty("javafx.runtime.version", UNKNOWN)),
                new Entry("kafka-clients", property("kafka/kafka-version.properties", "version")),
                new Entry("Avro", property("META-INF/maven/org.apache.avro/avro/pom.properties", "version")),
                new Entry("OS", System.getProperty("os.name", "") + " " + System.getProperty("os.version", "")
                        + " (" + System.getProperty("os.arch", "") + ")"));
    }

    private static String property(String resource, String key) {
        try (InputStream in = AppVersions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty(key, UNKNOWN).strip();
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
