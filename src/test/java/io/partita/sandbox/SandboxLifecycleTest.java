package io.partita.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxLifecycleTest {

    @Test
    void oneNodeWithRegistryListensOnLoopbackAndCloseLeavesNothingBehind() throws Exception {
        Sandbox sandbox = Sandbox.start(new SandboxOptions(1, true, false, null, false), null);
        List<Long> pids;
        List<Integer> ports;
        Path data;
        try {
            pids = sandbox.childPids();
            ports = sandbox.ports();
            data = sandbox.dataDir();
            assertThat(sandbox.bootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");
            assertThat(sandbox.registryUrl()).hasValueSatisfying(
                    url -> assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/apis/ccompat/v7"));
            assertThat(TestClients.registryGet(sandbox.registryUrl().orElseThrow() + "/subjects").statusCode())
                    .isEqualTo(200);
            assertThat(pids).hasSize(2).allMatch(SandboxLifecycleTest::isAlive);
            assertThat(ports).hasSize(3).allMatch(FreePorts::isListening);
        } finally {
            sandbox.close();
        }

        assertThat(pids).noneMatch(SandboxLifecycleTest::isAlive);
        assertThat(ports).noneMatch(FreePorts::isListening);
        assertThat(data).doesNotExist();
    }

    @Test
    void closingTwiceIsHarmless() throws Exception {
        Sandbox sandbox = Sandbox.start(new SandboxOptions(1, false, false, null, false), null);
        sandbox.close();

        sandbox.close();

        assertThat(sandbox.childPids()).noneMatch(SandboxLifecycleTest::isAlive);
    }

    static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
