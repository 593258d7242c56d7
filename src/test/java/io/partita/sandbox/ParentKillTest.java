package io.partita.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app may die by SIGKILL (no shutdown hook runs): its brokers and registry must not live on. */
class ParentKillTest {

    private static final Duration HOST_START = Duration.ofSeconds(180);
    /** ParentWatch polls every 0.5 s and halts after an 8 s grace; the rest is slack for a loaded machine. */
    private static final Duration CHILDREN_EXIT = Duration.ofSeconds(60); // generous: CI machines may be loaded

    @TempDir
    Path temp;

    @Test
    void everyChildExitsWhenTheParentJvmIsKilled() throws Exception {
        Path out = temp.resolve("host.out");
        Process host = new ProcessBuilder(ChildJvm.javaExecutable().toString(),
                "-cp", System.getProperty("java.class.path"),
                "-D" + SandboxHome.PROPERTY + "=" + System.getProperty(SandboxHome.PROPERTY),
                SandboxHostMain.class.getName(), "1", "true")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        List<Long> children;
        Path data;
        try {
            children = numbers(awaitLine(out, "PIDS ", host)).stream().map(Long::valueOf).toList();
            List<Integer> ports = numbers(awaitLine(out, "PORTS ", host)).stream().map(Integer::valueOf).toList();
            data = Path.of(awaitLine(out, "DATA ", host));
            assertThat(children).hasSize(2).allMatch(SandboxLifecycleTest::isAlive);

            host.destroyForcibly(); // SIGKILL
            assertThat(host.waitFor(10, TimeUnit.SECONDS)).isTrue();

            assertThat(awaitAllGone(children)).as("children still alive after %s", CHILDREN_EXIT).isEmpty();
            assertThat(ports).noneMatch(FreePorts::isListening);
        } finally {
            host.destroyForcibly();
        }
        StaleDirs.deleteTree(data); // what a later start would sweep (after StaleDirs.MIN_AGE)
    }

    private static List<Long> awaitAllGone(List<Long> pids) throws InterruptedException {
        long end = System.nanoTime() + CHILDREN_EXIT.toNanos();
        List<Long> alive = pids;
        while (!alive.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(200);
            alive = alive.stream().filter(SandboxLifecycleTest::isAlive).toList();
        }
        return alive;
    }

    private static String awaitLine(Path out, String prefix, Process host) throws Exception {
        long end = System.nanoTime() + HOST_START.toNanos();
        while (System.nanoTime() < end) {
            Optional<String> line = Files.readAllLines(out).stream().filter(l -> l.startsWith(prefix)).findFirst();
            if (line.isPresent()) {
                return line.get().substring(prefix.length()).strip();
            }
            if (!host.isAlive()) {
                fail("sandbox host exited with %d:%n%s", host.exitValue(), Files.readString(out));
            }
            Thread.sleep(200);
        }
        return fail("no '%s' line from the sandbox host within %s:%n%s", prefix, HOST_START, Files.readString(out));
    }

    private static List<String> numbers(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).toList();
    }
}
