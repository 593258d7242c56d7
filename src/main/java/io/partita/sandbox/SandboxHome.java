package io.partita.sandbox;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the broker's jars ({@code kafka/}) and the registry ({@code registry/}) were put by the build. The one place
 * that knows the layouts: {@code -Dpartita.sandbox.home}, else {@code sandbox/} next to the jar or classes dir that
 * holds this class (so {@code java -jar target/partita.jar} finds {@code target/sandbox}), else {@code ../sandbox}
 * from there (packaged app images keep the app's jars one level below).
 */
final class SandboxHome {

    static final String PROPERTY = "partita.sandbox.home";
    static final String REGISTRY_JAR = "apicurio-registry-app-3.0.9-runner.jar";
    private static final String HINT = "run 'mvn package' first, or point -D" + PROPERTY + " at the sandbox folder";

    private final Path root;

    SandboxHome(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    static SandboxHome locate() throws SandboxException {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return new SandboxHome(Path.of(configured.strip()));
        }
        return new SandboxHome(besideCode(codeLocation()));
    }

    /** {@code <dir>/sandbox} when it exists, else {@code <dir>/../sandbox}; dir = the folder holding the code. */
    static Path besideCode(Path jarOrClassesDir) {
        Path dir = jarOrClassesDir.toAbsolutePath().normalize().getParent();
        Path next = dir.resolve("sandbox");
        if (Files.isDirectory(next) || dir.getParent() == null) {
            return next;
        }
        return dir.getParent().resolve("sandbox");
    }

    private static Path codeLocation() throws SandboxException {
        CodeSource source = SandboxHome.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new SandboxException("cannot tell where the app is installed; set -D" + PROPERTY);
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new SandboxException("cannot tell where the app is installed (" + source.getLocation()
                    + "); set -D" + PROPERTY, e);
        }
    }

    Path root() {
        return root;
    }

    Path kafkaDir() {
        return root.resolve("kafka");
    }

    Path registryJar() {
        return root.resolve("registry").resolve(REGISTRY_JAR);
    }

    /** The jars of {@code kafka/}, sorted by name. */
    List<Path> kafkaJars() {
        return jars(kafkaDir());
    }

    /** The registry's runner jar and the jars of its {@code lib/}. */
    List<Path> registryJars() {
        List<Path> jars = new ArrayList<>();
        jars.add(registryJar());
        jars.addAll(jars(registryJar().resolveSibling("lib")));
        return jars;
    }

    /** Sorted by name; empty when the folder cannot be read. */
    private static List<Path> jars(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The broker needs kafka_2.13 (and its dependencies) in {@code kafka/}. */
    void requireKafka() throws SandboxException {
        if (!Files.isDirectory(kafkaDir()) || !containsJar(kafkaDir(), "kafka_2.13-")) {
            throw new SandboxException("Kafka broker jars not found in " + kafkaDir() + ": " + HINT);
        }
    }

    void requireRegistry() throws SandboxException {
        if (!Files.isRegularFile(registryJar())) {
            throw new SandboxException("schema registry not found at " + registryJar() + ": " + HINT);
        }
    }

    private static boolean containsJar(Path dir, String prefix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .anyMatch(n -> n.startsWith(prefix) && n.endsWith(".jar"));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
