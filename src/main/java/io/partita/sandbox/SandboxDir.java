package io.partita.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data dir of one running sandbox: a node folder per Kafka node, the registry's folder, the saved
 * {@link SandboxLayout} and a lock file. The lock keeps two sandboxes off one dir, and tells a later start
 * that a temp dir left behind by a killed app is free to delete ({@link StaleDirs}).
 */
final class SandboxDir implements AutoCloseable {

    static final String TEMP_PREFIX = "partita-sandbox-";
    static final String LAYOUT_FILE = "sandbox.json";
    static final String LOCK_FILE = "sandbox.lock";
    private static final Logger LOG = LoggerFactory.getLogger(SandboxDir.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private final boolean deleteOnClose;
    private final FileChannel lockChannel;

    private SandboxDir(Path root, boolean deleteOnClose) throws SandboxException {
        this.root = root;
        this.deleteOnClose = deleteOnClose;
        this.lockChannel = lock(root);
    }

    /** A fresh temp dir, or {@code options.dataDir()}: emptied first unless the data is to be kept. */
    static SandboxDir open(SandboxOptions options) throws SandboxException {
        try {
            if (options.dataDir() == null) {
                StaleDirs.sweep(Path.of(System.getProperty("java.io.tmpdir")));
                return new SandboxDir(Files.createTempDirectory(TEMP_PREFIX), true);
            }
            Path root = options.dataDir().toAbsolutePath().normalize();
            requireSandboxOrEmpty(root);
            if (!options.keepData()) {
                Files.createDirectories(root);
                SandboxDir dir = new SandboxDir(root, true);
                dir.clearExceptLock();
                return dir;
            }
            Files.createDirectories(root);
            return new SandboxDir(root, false);
        } catch (IOException e) {
            throw new SandboxException("cannot prepare the sandbox data dir: " + e.getMessage(), e);
        }
    }

    /** Refuses a folder that holds something else: it is emptied or deleted later. */
    private static void requireSandboxOrEmpty(Path root) throws IOException, SandboxException {
        if (!Files.exists(root) || Files.exists(root.resolve(LAYOUT_FILE))) {
            return;
        }
        if (!Files.isDirectory(root)) {
            throw new SandboxException("sandbox data dir " + root + " is not a folder");
        }
        try (Stream<Path> entries = Files.list(root)) {
            if (entries.anyMatch(p -> !p.getFileName().toString().equals(LOCK_FILE))) {
                throw new SandboxException("sandbox data dir " + root + " is not empty and holds no "
                        + LAYOUT_FILE + "; choose an empty folder");
            }
        }
    }

    /**
     * Roots locked by this JVM. On POSIX systems closing ANY channel of a file drops every lock this process holds
     * on it, so nobody in this JVM may open a channel on a lock file we hold: check this set first.
     */
    private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static boolean heldByThisJvm(Path root) {
        return HELD.contains(root.toAbsolutePath().normalize());
    }

    private static FileChannel lock(Path root) throws SandboxException {
        if (!HELD.add(root.toAbsolutePath().normalize())) {
            throw new SandboxException("sandbox data dir " + root + " is in use by another running sandbox");
        }
        try {
            FileChannel channel = FileChannel.open(root.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                HELD.remove(root.toAbsolutePath().normalize());
                throw new SandboxException("sandbox data dir " + root + " is in use by another running sandbox");
            }
            return channel;
        } catch (IOException e) {
            HELD.remove(root.toAbsolutePath().normalize());
            throw new SandboxException("cannot lock the sandbox data dir " + root + ": " + e.getMessage(), e);
        }
    }

    static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by a sandbox of this same JVM
        }
    }

    Path root() {
        return root;
    }

    Path node(int id) {
        return root.resolve("node-" + id);
    }

    Path registry() {
        return root.resolve("registry");
    }

    /** Holds the child jar when there is no cache folder to share it from. */
    Path classes() {
        return root.resolve("classes");
    }

    Optional<SandboxLayout> readLayout() throws SandboxException {
        Path file = root.resolve(LAYOUT_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), SandboxLayout.class));
        } catch (IOException e) {
            throw new SandboxException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    void writeLayout(SandboxLayout layout) throws SandboxException {
        Path file = root.resolve(LAYOUT_FILE);
        try {
            Path temp = root.resolve(LAYOUT_FILE + ".tmp");
            JSON.writeValue(temp.toFile(), layout);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SandboxException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Releases the lock; deletes the folder unless its data is to be kept. */
    @Override
    public void close() {
        try {
            lockChannel.close();
        } catch (IOException e) {
            LOG.debug("closing the lock of {}", root, e);
        }
        if (deleteOnClose) {
            StaleDirs.deleteTree(root);
        }
        HELD.remove(root.toAbsolutePath().normalize());
    }

    private void clearExceptLock() throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            entries.filter(p -> !p.getFileName().toString().equals(LOCK_FILE)).forEach(StaleDirs::deleteTree);
        }
    }
}
