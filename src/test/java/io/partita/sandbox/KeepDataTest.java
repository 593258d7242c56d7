package io.partita.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeepDataTest {

    @TempDir
    Path temp;

    @Test
    void keptSandboxComesBackOnItsPortsWithItsRecordsAndSchemas() throws Exception {
        SandboxOptions kept = new SandboxOptions(1, true, false, temp.resolve("kept"), true);
        String bootstrap;
        try (Sandbox first = Sandbox.start(kept, null)) {
            bootstrap = first.bootstrapServers();
            TestClients.produce(bootstrap, "kept.topic", "k1", "v1");
            assertThat(TestClients.registryPost(first.registryUrl().orElseThrow() + "/subjects/kept-value/versions",
                    "{\"schema\":\"\\\"string\\\"\"}").statusCode()).isEqualTo(200);
        }
        assertThat(temp.resolve("kept").resolve(SandboxDir.LAYOUT_FILE)).exists();

        try (Sandbox second = Sandbox.start(kept, null)) {
            assertThat(second.bootstrapServers()).isEqualTo(bootstrap);
            assertThat(TestClients.readPartitionZero(bootstrap, "kept.topic", 1)).containsExactly("k1=v1");
            assertThat(TestClients.registryGet(second.registryUrl().orElseThrow() + "/subjects").body())
                    .contains("\"kept-value\"");
        }
    }
}
