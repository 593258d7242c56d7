package io.partita.profile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a short helper command (secret-tool, security) with text on stdin, bounded by a timeout. */
final class ChildProcess {

    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            // The output may be a secret.
            return "Result[exit " + exit + "]";
        }
    }

    private ChildProcess() {
    }

    /** @throws IOException when the command cannot start or does not finish within {@code timeout} */
    static Result run(List<String> command, String stdin, Map<String, String> env, Duration timeout)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not answer within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(command.get(0) + " was interrupted");
        }
        // Helpers print a line or two: the pipes never fill, so reading after the exit is safe.
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.exitValue(), out, err.strip());
    }
}
