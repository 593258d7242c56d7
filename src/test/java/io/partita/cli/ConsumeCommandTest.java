package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code partita consume} when there is no cluster to read from: a clear line, within --timeout. */
class ConsumeCommandTest {

    @TempDir
    Path dir;

    @Test
    void anUnreachableBootstrapFailsFastWithOneLine() throws IOException {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        long start = System.nanoTime();

        CliHarness.Result result = new CliHarness(dir).run("consume", "orders", "--bootstrap",
                "127.0.0.1:" + deadPort, "--timeout", "3s");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).startsWith("partita: ").contains("127.0.0.1:" + deadPort)
                .contains("connection refused");
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(result.out()).isEmpty();
    }

    /** A port that takes connections and never answers: the read's metadata calls end at --timeout, not later. */
    @Test
    void aClusterThatNeverAnswersEndsAtTheTimeoutWithOneLine() throws Exception {
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "silent-broker");
            acceptor.setDaemon(true);
            acceptor.start();
            long start = System.nanoTime();

            CliHarness.Result result = new CliHarness(dir).run("consume", "orders", "--bootstrap",
                    "127.0.0.1:" + silent.getLocalPort(), "--timeout", "2s");

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).as("the default bound is 15 s").isLessThan(Duration.ofSeconds(9));
            assertThat(result.code()).isEqualTo(1);
            assertThat(result.err()).startsWith("partita: reading orders failed");
            assertThat(result.err().strip().lines()).hasSize(1);
            assertThat(held).isNotEmpty();
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
