package io.partita.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxFailureTest {

    @TempDir
    Path temp;

    @Test
    void brokerThatCannotStartFailsTheStartAtOnceNamingItsLog() throws Exception {
        Path data = temp.resolve("kept");
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName(FreePorts.HOST), 0));
            saveLayout(data, taken.getLocalPort());
            long began = System.nanoTime();

            assertThatThrownBy(() -> Sandbox.start(new SandboxOptions(1, false, false, data, true), null))
                    .isInstanceOf(SandboxException.class)
                    .hasMessageStartingWith("broker 1 exited with code")
                    .hasMessageContaining("Address already in use")
                    .hasMessageContaining(data.resolve("node-1").resolve(KafkaNode.LOG_FILE).toString());

            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(KafkaCluster.READY_BASE);
        }
        assertThat(ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(data.toString()))).isEmpty();
    }

    @Test
    void keptSandboxIsRefusedWithAnotherBrokerCount() throws Exception {
        Path data = temp.resolve("kept");
        saveLayout(data, 9);

        assertThatThrownBy(() -> Sandbox.start(new SandboxOptions(3, false, false, data, true), null))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("has 1 broker(s), not 3");
    }

    /** What a kept one-node sandbox leaves behind, with its broker on {@code brokerPort}. */
    private static void saveLayout(Path data, int brokerPort) throws SandboxException {
        SandboxLayout fresh = SandboxLayout.fresh(1);
        try (SandboxDir dir = SandboxDir.open(new SandboxOptions(1, false, false, data, true))) {
            dir.writeLayout(new SandboxLayout(SandboxLayout.VERSION, fresh.clusterId(), 1, fresh.controllerPort(),
                    List.of(brokerPort), fresh.registryPort(), fresh.registryManagementPort()));
        }
    }
}
