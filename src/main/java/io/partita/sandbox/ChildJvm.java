package io.partita.sandbox;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM of the sandbox (a broker, the controller, a storage format, the registry). It runs the same Java as
 * the app, on its own classpath only, behind {@link ParentWatch} so it dies with the app; stdout and stderr go to
 * a file. Not thread-safe: the owner ({@link KafkaCluster}, {@link RegistryProcess}) serialises calls.
 */
final class ChildJvm {

    /**
     * @param logFile the file an error message points the user at (the child's own log, or {@code consoleLog})
     */
    record Spec(String name, Path workDir, List<String> jvmOptions, List<String> classpath, String mainClass,
                List<String> args, Path consoleLog, Path logFile) {
    }

    private static final Duration KILL_WAIT = Duration.ofSeconds(5);
    private static final int TAIL_LINES = 25;

    private final Spec spec;
    private final Path childJar;
    private volatile Process process;

    /** @param childJar see {@link ChildJar} */
    ChildJvm(Spec spec, Path childJar) {
        this.spec = spec;
        this.childJar = childJar;
    }

    String name() {
        return spec.name();
    }

    void start() throws SandboxException {
        ProcessBuilder builder = new ProcessBuilder(command())
                .directory(spec.workDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(spec.consoleLog().toFile()));
        try {
            Files.createDirectories(spec.workDir());
            process = builder.start();
        } catch (IOException e) {
            throw new SandboxException("could not start " + spec.name() + ": " + e.getMessage(), e);
        }
    }

    /** Waits for a started one-shot tool; its exit code must be 0. */
    void awaitCompletion(Duration timeout) throws SandboxException {
        if (!waitFor(timeout)) {
            stop(Duration.ZERO);
            throw failure("did not finish within " + timeout.toSeconds() + " s");
        }
        if (process.exitValue() != 0) {
            throw failure("failed with exit code " + process.exitValue());
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Fails fast during a wait: a child that died will never become ready. */
    void checkAlive(String phase) throws SandboxException {
        if (process != null && !process.isAlive()) {
            throw failure("exited with code " + process.exitValue() + " " + phase);
        }
    }

    /** SIGTERM, so the child's shutdown hooks run (Kafka's controlled shutdown); does not wait. */
    void requestStop() {
        if (process != null) {
            process.destroy();
        }
    }

    /** Waits up to {@code grace} after {@link #requestStop}, then kills the process for good. */
    void awaitStop(Duration grace) {
        if (process == null) {
            return;
        }
        if (!waitFor(grace)) {
            process.destroyForcibly();
            waitFor(KILL_WAIT);
        }
    }

    void stop(Duration grace) {
        requestStop();
        awaitStop(grace);
    }

    /** A message naming the child, what went wrong, the likely cause, its log file and the log's last lines. */
    SandboxException failure(String what) {
        StringBuilder message = new StringBuilder(spec.name()).append(' ').append(what);
        LogTail.likelyCause(spec.logFile()).ifPresent(cause -> message.append(" (").append(cause).append(')'));
        message.append("; see ").append(spec.logFile());
        message.append(LogTail.describe(spec.logFile(), TAIL_LINES));
        if (!spec.logFile().equals(spec.consoleLog())) {
            message.append(LogTail.describe(spec.consoleLog(), TAIL_LINES / 2));
        }
        return new SandboxException(message.toString());
    }

    private List<String> command() throws SandboxException {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable().toString());
        command.addAll(spec.jvmOptions());
        command.add("-cp");
        command.add(classpath(spec.classpath(), childJar));
        command.add(ParentWatch.class.getName());
        command.add(Long.toString(ProcessHandle.current().pid()));
        command.add(spec.mainClass());
        command.addAll(spec.args());
        return command;
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** The app's own Java: same version the broker was tested with, and no PATH lookup surprises. */
    static Path javaExecutable() throws SandboxException {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path java = bin.resolve(System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java");
        if (!Files.isExecutable(java)) {
            throw new SandboxException("no java launcher at " + java
                    + " (a jlinked runtime needs its native commands to run the sandbox)");
        }
        return java;
    }

    /**
     * The child's {@code -cp}: its own entries, then the child jar. Last, so the broker's jars form a prefix
     * that stays the same from start to start, as a class data archive needs; the order does not matter otherwise,
     * no broker jar has a class of that name.
     */
    static String classpath(List<String> entries, Path childJar) {
        List<String> classpath = new ArrayList<>(entries);
        classpath.add(childJar.toString());
        return String.join(java.io.File.pathSeparator, classpath);
    }
}
