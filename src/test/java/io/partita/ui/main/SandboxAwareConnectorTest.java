package io.partita.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.ClusterInfo;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.RegistryStatus;
import io.partita.profile.ProfileStore;
import io.partita.sandbox.Sandbox;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxAwareConnectorTest {

    @TempDir
    Path dir;

    /** Answers only on the addresses it is told are up, like a real cluster on those ports. */
    private static final class Reachable implements ClusterConnector {
        final Set<String> up;
        final List<String> attempts = new ArrayList<>();

        Reachable(Set<String> up) {
            this.up = up;
        }

        @Override
        public Connection connect(ClusterProfile profile, Credentials credentials) throws Exception {
            attempts.add(profile.bootstrapServers());
            if (!up.contains(profile.bootstrapServers())) {
                throw new IOException("connection refused: " + profile.bootstrapServers());
            }
            return new Connection(null, new ClusterInfo("c", null, List.of(), 0, 0, 0, 0), RegistryStatus.notConfigured());
        }

        @Override
        public ClusterInfo describe(Connection connection) {
            return connection.info();
        }

        @Override
        public void close(Connection connection) {
        }
    }

    @Test
    void goneSandboxIsStartedAgainAndItsNewPortsSaved() throws Exception {
        ProfileStore store = new ProfileStore(dir);
        ClusterProfile old = ClusterProfile.simple(Sandbox.PROFILE_NAME, "127.0.0.1:1111", null);
        store.save(old);
        Reachable cluster = new Reachable(Set.of("127.0.0.1:2222"));
        List<String> starts = new ArrayList<>();
        SandboxAwareConnector connector = new SandboxAwareConnector(cluster, progress -> {
            starts.add("start");
            return ClusterProfile.simple(Sandbox.PROFILE_NAME, "127.0.0.1:2222", "http://127.0.0.1:3333/apis/ccompat/v7");
        }, store);

        connector.connect(old, Credentials.none());

        assertThat(starts).hasSize(1);
        assertThat(cluster.attempts).containsExactly("127.0.0.1:1111", "127.0.0.1:2222");
        assertThat(new ProfileStore(dir).find(Sandbox.PROFILE_NAME).orElseThrow().bootstrapServers())
                .isEqualTo("127.0.0.1:2222");
    }

    @Test
    void runningSandboxIsUsedAsItIs() throws Exception {
        ClusterProfile running = ClusterProfile.simple(Sandbox.PROFILE_NAME, "127.0.0.1:2222", null);
        List<String> starts = new ArrayList<>();
        SandboxAwareConnector connector = new SandboxAwareConnector(new Reachable(Set.of("127.0.0.1:2222")),
                progress -> {
                    starts.add("start");
                    return running;
                }, new ProfileStore(dir));

        connector.connect(running, Credentials.none());

        assertThat(starts).isEmpty();
    }

    @Test
    void otherProfilesFailWithTheirOwnReasonAndStartNothing() {
        List<String> starts = new ArrayList<>();
        SandboxAwareConnector connector = new SandboxAwareConnector(new Reachable(Set.of()), progress -> {
            starts.add("start");
            return null;
        }, new ProfileStore(dir));

        assertThatThrownBy(() -> connector.connect(ClusterProfile.simple("prod", "10.0.0.1:9092", null),
                Credentials.none())).hasMessageContaining("connection refused: 10.0.0.1:9092");
        assertThat(starts).isEmpty();
    }
}
