package io.partita.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dynamic class data archive (AppCDS) of a child's classes (the broker's, the registry's). Loading classes is
 * most of a child's start: with the archive a broker starts on about 40 % less CPU, which counts with four or five
 * children on two cores.
 *
 * <p>The first start has no archive: one node records it ({@code -XX:ArchiveClassesAtExit}) into a private file
 * when it exits; {@link #adoptRecording} then checks that file with a throwaway JVM (a truncated archive crashes
 * the JVM that maps it) and moves it into place. Later starts map it ({@code -XX:SharedArchiveFile}); a JVM that
 * finds it does not match (another JDK, other jars) ignores it. The name is keyed on the JDK and the jars anyway.
 * {@code -Dpartita.sandbox.cds=false} turns this off.
 */
final class ClassDataArchive {

    static final String PROPERTY = "partita.sandbox.cds";
    private static final Duration VERIFY_TIMEOUT = Duration.ofSeconds(30);
    /** Recordings nobody adopted (their app was killed) are ~50 MB each: removed after this long. */
    private static final Duration STALE_RECORDING = Duration.ofMinutes(10);
    private static final AtomicInteger RECORDINGS = new AtomicInteger();
    private static final Logger LOG = LoggerFactory.getLogger(ClassDataArchive.class);

    private final Path archive;
    private final Path recording;
    private final String classpath;

    private ClassDataArchive(Path archive, Path recording, String classpath) {
        this.archive = archive;
        this.recording = recording;
        this.classpath = classpath;
    }

    static ClassDataArchive disabled() {
        return new ClassDataArchive(null, null, null);
    }

    /**
     * @param name      what the archive is for ("kafka", "registry")
     * @param classpath exactly the child's {@code -cp} value: an archive only serves the classpath it was made on
     * @param jars      the jars behind that classpath, whose sizes and times go into the archive's name
     */
    static ClassDataArchive in(Path cacheDir, String name, String classpath, List<Path> jars) {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").strip())) {
            return disabled();
        }
        sweepStaleRecordings(cacheDir);
        Path archive = cacheDir.resolve(name + "-" + key(classpath, jars) + ".jsa");
        Path recording = cacheDir.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + RECORDINGS.incrementAndGet() + ".tmp");
        return new ClassDataArchive(archive, recording, classpath);
    }

    /** For a node that only reads the archive (when there is one). */
    List<String> useOptions() {
        return archive != null && Files.isRegularFile(archive)
                ? List.of("-XX:SharedArchiveFile=" + archive) : List.of();
    }

    /** For the one node that records the archive when there is none yet. */
    List<String> recordOrUseOptions() {
        if (archive == null || Files.isRegularFile(archive)) {
            return useOptions();
        }
        return List.of("-XX:ArchiveClassesAtExit=" + recording);
    }

    /** After the recording node exited: keep its archive if a JVM can map it, else drop it. */
    void adoptRecording() {
        if (recording == null || !Files.exists(recording)) {
            return;
        }
        try {
            if (!Files.exists(archive) && mapsCleanly(recording)) {
                Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE);
                LOG.info("class data archive for sandbox children saved: {}", archive);
                deleteOutdated();
            }
        } catch (IOException e) {
            LOG.debug("class data archive {} not adopted", recording, e);
        } finally {
            StaleDirs.deleteTree(recording);
        }
    }

    /** Archives of the same child for another JDK or other jars: an upgrade left them, nothing maps them now. */
    private void deleteOutdated() {
        String name = archive.getFileName().toString();
        String prefix = name.substring(0, name.lastIndexOf('-') + 1);
        try (Stream<Path> files = Files.list(archive.getParent())) {
            files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> p.getFileName().toString().endsWith(".jsa"))
                    .filter(p -> !p.equals(archive))
                    .forEach(StaleDirs::deleteTree);
        } catch (IOException e) {
            LOG.debug("cannot list {}", archive.getParent(), e);
        }
    }

    private boolean mapsCleanly(Path candidate) {
        try {
            Process check = new ProcessBuilder(ChildJvm.javaExecutable().toString(),
                    "-XX:SharedArchiveFile=" + candidate, "-cp", classpath, "-version")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!check.waitFor(VERIFY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                check.destroyForcibly();
                return false;
            }
            return check.exitValue() == 0;
        } catch (IOException | SandboxException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String key(String classpath, List<Path> jars) {
        StringBuilder identity = new StringBuilder(System.getProperty("java.home")).append('|')
                .append(System.getProperty("java.vm.version")).append('|').append(classpath);
        for (Path jar : jars) {
            try {
                identity.append('|').append(jar.getFileName()).append(':').append(Files.size(jar)).append(':')
                        .append(Files.getLastModifiedTime(jar).toMillis());
            } catch (IOException e) {
                identity.append('|').append(jar).append(":?");
            }
        }
        return ChildJar.shortHash(identity.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void sweepStaleRecordings(Path cacheDir) {
        Instant before = Instant.now().minus(STALE_RECORDING);
        try (Stream<Path> files = Files.list(cacheDir)) {
            files.filter(p -> p.getFileName().toString().matches(".*\\.jsa\\..*\\.tmp"))
                    .filter(p -> isOlder(p, before))
                    .forEach(StaleDirs::deleteTree);
        } catch (IOException e) {
            LOG.debug("cannot list {}", cacheDir, e);
        }
    }

    private static boolean isOlder(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }
}
