package io.partita.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * Apicurio Registry 3.0.9 as a child JVM, in {@code registry/} of the data dir: {@code registry.log} (its console),
 * {@code db/} (H2 file storage, so a kept sandbox keeps its schemas) and {@code tmp/} (Vert.x cache). Both Quarkus
 * hosts are pinned to loopback: Quarkus binds every interface otherwise, and its management port defaults to 9000.
 */
final class RegistryProcess {

    /** For a hang only: a registry that dies fails the wait at once. Quarkus needs ~45 s on a very busy machine. */
    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    static final Duration STOP_GRACE = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
    private static final String API = "/apis/ccompat/v7";

    private final ChildJvm jvm;
    private final ClassDataArchive archive;
    private final Path dir;
    private final int port;
    private final int managementPort;

    /** @param cacheDir where a class data archive of the registry is kept, when there is such a folder */
    RegistryProcess(SandboxHome home, Path dir, Path childJar, Optional<Path> cacheDir, int port,
                    int managementPort) throws SandboxException {
        this.dir = dir;
        this.port = port;
        this.managementPort = managementPort;
        List<String> classpath = List.of(home.registryJar().toString());
        this.archive = cacheDir.map(cache -> ClassDataArchive.in(cache, "registry",
                        ChildJvm.classpath(classpath, childJar), home.registryJars()))
                .orElseGet(ClassDataArchive::disabled);
        List<String> options = new ArrayList<>(jvmOptions(dir));
        options.addAll(archive.recordOrUseOptions());
        Path console = dir.resolve("registry.log");
        this.jvm = new ChildJvm(new ChildJvm.Spec("schema registry", dir, options, classpath,
                mainClass(home.registryJar()), List.of(), console, console), childJar);
    }

    void start() throws SandboxException {
        try {
            Files.createDirectories(tmpDir(dir));
        } catch (IOException e) {
            throw new SandboxException("cannot create the registry's folder: " + e.getMessage(), e);
        }
        jvm.start();
    }

    /** Ready when the Confluent API lists subjects (storage and HTTP are both up by then). */
    void awaitReady(Deadline deadline) throws SandboxException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/subjects")).timeout(REQUEST_TIMEOUT)
                .GET().build();
        while (!deadline.expired()) {
            jvm.checkAlive("before it was ready");
            if (answers(client, request)) {
                return;
            }
            deadline.pause(POLL);
        }
        jvm.checkAlive("before it was ready");
        throw jvm.failure("did not answer on " + url() + " within " + READY_TIMEOUT.toSeconds() + " s");
    }

    /** {@code http://127.0.0.1:P/apis/ccompat/v7} */
    String url() {
        return "http://" + FreePorts.HOST + ":" + port + API;
    }

    void stop() {
        jvm.stop(STOP_GRACE);
        archive.adoptRecording();
    }

    long pid() {
        return jvm.pid();
    }

    /** The HTTP port. The management port is only reserved: Apicurio 3.0.9 builds without that interface. */
    List<Integer> ports() {
        return List.of(port);
    }

    private boolean answers(HttpClient client, HttpRequest request) throws SandboxException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while waiting for the registry", e);
        }
    }

    private List<String> jvmOptions(Path dir) {
        String host = FreePorts.HOST;
        String db = dir.resolve("db").resolve("registry").toAbsolutePath().toString().replace('\\', '/');
        return List.of("-Xmx384m", "-Xms64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData", "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + tmpDir(dir),
                "-Dquarkus.http.host=" + host, "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=" + host, "-Dquarkus.management.port=" + managementPort,
                "-Dapicurio.datasource.url=jdbc:h2:file:" + db,
                // The default pool opens 20 connections at start: slower and pointless for one user.
                "-Dapicurio.datasource.jdbc.initial-size=2", "-Dapicurio.datasource.jdbc.min-size=2",
                "-Dapicurio.storage.snapshot.location=" + tmpDir(dir));
    }

    private static Path tmpDir(Path dir) {
        return dir.resolve("tmp").toAbsolutePath();
    }

    /** The runner jar's Main-Class, run behind ParentWatch; its manifest Class-Path brings in {@code lib/}. */
    private static String mainClass(Path runnerJar) throws SandboxException {
        try (JarFile jar = new JarFile(runnerJar.toFile())) {
            String main = jar.getManifest() == null ? null
                    : jar.getManifest().getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
            if (main == null) {
                throw new SandboxException("no Main-Class in " + runnerJar);
            }
            return main;
        } catch (IOException e) {
            throw new SandboxException("cannot read " + runnerJar + ": " + e.getMessage(), e);
        }
    }
}
