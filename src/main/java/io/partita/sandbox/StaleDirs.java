package io.partita.sandbox;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes temp data dirs whose sandbox is gone without cleaning up (its app was killed with SIGKILL: the children
 * stop by themselves, but nobody deletes their data). A dir is stale when nobody holds its lock file; the OS drops
 * the lock of a dead process.
 */
final class StaleDirs {

    /** A dir this young may belong to a start that has not taken its lock yet. */
    static final Duration MIN_AGE = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(StaleDirs.class);

    private StaleDirs() {
    }

    static void sweep(Path tempRoot) {
        List<Path> candidates;
        try (Stream<Path> entries = Files.list(tempRoot)) {
            candidates = entries.filter(p -> p.getFileName().toString().startsWith(SandboxDir.TEMP_PREFIX))
                    .filter(Files::isDirectory)
                    .toList();
        } catch (IOException e) {
            LOG.debug("cannot list {}", tempRoot, e);
            return;
        }
        candidates.stream().filter(StaleDirs::isStale).forEach(dir -> {
            LOG.info("deleting sandbox data left behind by a stopped app: {}", dir);
            deleteTree(dir);
        });
    }

    static boolean isStale(Path dir) {
        if (SandboxDir.heldByThisJvm(dir)) {
            return false; // ours, and opening its lock file here would release our lock (POSIX)
        }
        Path lockFile = dir.resolve(SandboxDir.LOCK_FILE);
        try {
            if (Files.getLastModifiedTime(dir).toInstant().isAfter(Instant.now().minus(MIN_AGE))
                    || !Files.exists(lockFile)) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                 FileLock lock = SandboxDir.tryLock(channel)) {
                return lock != null;
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Best effort: what cannot be deleted is logged and left. */
    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("cannot delete {}: {}", p, e.toString());
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("cannot delete {}: {}", root, e.toString());
        }
    }
}
