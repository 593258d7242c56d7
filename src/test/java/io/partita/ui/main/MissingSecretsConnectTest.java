package io.partita.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.model.ClusterInfo;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.RegistryConfig;
import io.partita.model.SecretKind;
import io.partita.model.SecurityConfig;
import io.partita.model.SecurityProtocol;
import io.partita.profile.MemorySecretStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A profile whose secrets the store lost (reset keyring, locked file) asks for them again on connect. */
class MissingSecretsConnectTest {

    private final List<Credentials> used = new ArrayList<>();
    private final ClusterConnector connector = new ClusterConnector() {
        @Override
        public Connection connect(ClusterProfile profile, Credentials credentials) {
            used.add(credentials);
            throw new IllegalStateException("no cluster in this test");
        }

        @Override
        public ClusterInfo describe(Connection connection) {
            throw new AssertionError();
        }

        @Override
        public void close(Connection connection) {
        }
    };

    private static ClusterProfile scram() {
        return new ClusterProfile("prod", "k:9093", new SecurityConfig(SecurityProtocol.SASL_SSL, "SCRAM-SHA-256",
                "bob", null, null, null, null, true), Map.of(), RegistryConfig.none(), false, null);
    }

    @Test
    void aMissingPasswordIsAskedUsedAndKept() {
        MemorySecretStore secrets = new MemorySecretStore();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.secretAnswer = "typed-again";
        ProfileItem item = new ProfileItem(scram(), new DirectTaskRunner(), secrets, connector, dialogs,
                Clock.systemUTC());

        item.connect();

        assertThat(dialogs.secretsAsked).containsExactly("prod: SASL password");
        assertThat(used).hasSize(1);
        assertThat(used.get(0).get(SecretKind.SASL_PASSWORD)).contains("typed-again");
        assertThat(secrets.load("prod").get(SecretKind.SASL_PASSWORD)).contains("typed-again");
        assertThat(item.state()).isEqualTo(ConnectionState.FAILED);
    }

    @Test
    void nothingIsAskedWhenTheStoreHasTheSecret() {
        MemorySecretStore secrets = new MemorySecretStore();
        secrets.save("prod", Credentials.of(Map.of(SecretKind.SASL_PASSWORD, "stored")));
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ProfileItem item = new ProfileItem(scram(), new DirectTaskRunner(), secrets, connector, dialogs,
                Clock.systemUTC());

        item.connect();

        assertThat(dialogs.secretsAsked).isEmpty();
        assertThat(used.get(0).get(SecretKind.SASL_PASSWORD)).contains("stored");
    }

    @Test
    void cancellingTriesWithoutAndKeepsNothing() {
        MemorySecretStore secrets = new MemorySecretStore();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ProfileItem item = new ProfileItem(scram(), new DirectTaskRunner(), secrets, connector, dialogs,
                Clock.systemUTC());

        item.connect();

        assertThat(dialogs.secretsAsked).hasSize(1);
        assertThat(used.get(0).isEmpty()).isTrue();
        assertThat(secrets.load("prod").isEmpty()).isTrue();
    }
}
