package io.partita.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxDirTest {

    @TempDir
    Path temp;

    @Test
    void folderHoldingOtherFilesIsRefusedAndLeftAlone() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(folder.resolve("thesis.txt"), "precious");

        assertThatThrownBy(() -> SandboxDir.open(new SandboxOptions(1, false, false, folder, false)))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("not empty");
        assertThat(folder.resolve("thesis.txt")).hasContent("precious");
    }

    @Test
    void folderInUseByARunningSandboxIsRefused() throws Exception {
        SandboxOptions options = new SandboxOptions(1, false, false, temp.resolve("data"), true);
        try (SandboxDir first = SandboxDir.open(options)) {
            assertThatThrownBy(() -> SandboxDir.open(options))
                    .isInstanceOf(SandboxException.class)
                    .hasMessageContaining("in use");
        }
    }

    @Test
    void keptFolderSurvivesCloseAndUnkeptFolderIsDeleted() throws Exception {
        SandboxDir kept = SandboxDir.open(new SandboxOptions(1, false, false, temp.resolve("kept"), true));
        SandboxDir dropped = SandboxDir.open(new SandboxOptions(1, false, false, temp.resolve("dropped"), false));

        kept.close();
        dropped.close();

        assertThat(temp.resolve("kept")).isDirectory();
        assertThat(temp.resolve("dropped")).doesNotExist();
    }

    @Test
    void sweepDeletesOldUnlockedTempDirsAndKeepsLockedOnes() throws Exception {
        Path abandoned = oldSandboxDir("partita-sandbox-abandoned");
        Path running = oldSandboxDir("partita-sandbox-running");
        Path unrelated = Files.createDirectories(temp.resolve("something-else"));
        try (FileChannel channel = FileChannel.open(running.resolve(SandboxDir.LOCK_FILE), StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            setOld(running);

            StaleDirs.sweep(temp);
        }

        assertThat(abandoned).doesNotExist();
        assertThat(running).isDirectory();
        assertThat(unrelated).isDirectory();
    }

    @Test
    void sweepKeepsADirStillBeingCreated() throws Exception {
        Path fresh = Files.createDirectories(temp.resolve("partita-sandbox-fresh"));
        Files.createFile(fresh.resolve(SandboxDir.LOCK_FILE));

        StaleDirs.sweep(temp);

        assertThat(fresh).isDirectory();
    }

    private Path oldSandboxDir(String name) throws Exception {
        Path dir = Files.createDirectories(temp.resolve(name));
        Files.createDirectories(dir.resolve("node-1").resolve("data"));
        Files.createFile(dir.resolve(SandboxDir.LOCK_FILE));
        setOld(dir);
        return dir;
    }

    private static void setOld(Path dir) throws Exception {
        Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minus(StaleDirs.MIN_AGE).minusSeconds(60)));
    }

    @Test
    void sweepNeverTouchesADirThisJvmHoldsEvenWhenSweptTwice() throws Exception {
        Path own = temp.resolve("partita-sandbox-own");
        try (SandboxDir dir = SandboxDir.open(new SandboxOptions(1, false, false, own, true))) {
            Files.setLastModifiedTime(own, FileTime.from(Instant.now().minus(StaleDirs.MIN_AGE).minusSeconds(60)));

            // Opening and closing a channel on our own lock file would drop our POSIX lock: the second sweep
            // would then see the dir as abandoned and delete a running broker's data.
            StaleDirs.sweep(temp);
            StaleDirs.sweep(temp);

            assertThat(own.resolve(SandboxDir.LOCK_FILE)).exists();
            if (Files.isReadable(Path.of("/proc/locks"))) {
                // Other processes sweep /tmp too: the kernel must still see our lock, not only this JVM.
                long inode = (Long) Files.getAttribute(own.resolve(SandboxDir.LOCK_FILE), "unix:ino");
                assertThat(Files.readAllLines(Path.of("/proc/locks")))
                        .anyMatch(line -> line.contains(":" + inode + " "));
            }
        }
    }
}
