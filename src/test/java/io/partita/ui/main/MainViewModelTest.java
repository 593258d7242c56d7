package io.partita.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.BrokerNode;
import io.partita.model.ClusterInfo;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.RegistryStatus;
import io.partita.model.SecretKind;
import io.partita.ui.TestSupport;
import io.partita.ui.profiles.ProfileServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ProfileServices services;

    private MainViewModel shell(ClusterConnector connector, SandboxStarter sandbox) {
        services = services == null ? TestSupport.services(dir) : services;
        MainViewModel vm = new MainViewModel(new ShellServices(services, dialogs, connector, sandbox),
                Clock.systemDefaultZone());
        vm.load();
        return vm;
    }

    private MainViewModel shell() {
        return shell(new DefaultClusterConnector(Duration.ofSeconds(5)), progress -> {
            throw new IllegalStateException("no sandbox in this test");
        });
    }

    private MainViewModel shellWith(ClusterProfile... saved) {
        services = TestSupport.services(dir);
        for (ClusterProfile p : saved) {
            services.store().save(p);
        }
        return shell();
    }

    private static List<String> names(MainViewModel vm) {
        return vm.profiles().stream().map(ProfileItem::name).toList();
    }

    @Test
    void importClientPropertiesOpensANewProfileFilledFromTheFile() throws Exception {
        MainViewModel vm = shell();
        dialogs.fileToOpen = dir.resolve("client.properties");
        java.nio.file.Files.writeString(dialogs.fileToOpen, "bootstrap.servers=kafka-1:9093\n"
                + "security.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-256\n"
                + "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"app\" password=\"s3cret\";\n");
        assertThat(vm.welcome().importPropertiesCommand().executableProperty().get()).isTrue();

        vm.welcome().importPropertiesCommand().execute();

        assertThat(dialogs.lastEditor).isNotNull();
        assertThat(dialogs.lastEditor.form().bootstrapServersProperty().get()).isEqualTo("kafka-1:9093");
        assertThat(dialogs.lastEditor.form().saslUsernameProperty().get()).isEqualTo("app");
        assertThat(dialogs.lastEditor.form().saslPasswordProperty().get()).isEqualTo("s3cret");
    }

    @Test
    void welcomeShowsWhenThereAreNoProfiles() {
        MainViewModel vm = shell();

        assertThat(vm.showWelcomeProperty().get()).isTrue();
        assertThat(vm.welcome().storeProblemProperty().get()).isEmpty();
    }

    @Test
    void aCorruptProfileFileIsReportedOnTheWelcomeScreen() throws Exception {
        Files.writeString(dir.resolve("profiles.json"), "{not json");

        MainViewModel vm = shell();

        assertThat(vm.showWelcomeProperty().get()).isTrue();
        assertThat(vm.welcome().storeProblemProperty().get()).contains("could not be read", "moved to");
    }

    @Test
    void addSavesTheProfileListsAndSelectsIt() {
        MainViewModel vm = shell();
        dialogs.editorScript = editor -> {
            editor.form().nameProperty().set("dev");
            editor.form().bootstrapServersProperty().set("127.0.0.1:9092");
            editor.saveCommand().execute();
        };

        vm.addCommand().execute();

        assertThat(names(vm)).containsExactly("dev");
        assertThat(vm.selectedProperty().get().name()).isEqualTo("dev");
        assertThat(vm.showWelcomeProperty().get()).isFalse();
    }

    @Test
    void cancelledEditorAddsNothing() {
        MainViewModel vm = shell();

        vm.addCommand().execute();

        assertThat(names(vm)).isEmpty();
        assertThat(dialogs.lastEditor.savedProperty().get()).isNull();
    }

    @Test
    void duplicateOpensACopyWithItsSecretsAndSavesItBesideTheOriginal() {
        MainViewModel vm = shellWith(ClusterProfile.simple("prod", "k:9092", null));
        services.secrets().save("prod", Credentials.none().with(SecretKind.REGISTRY_TOKEN, "t"));
        dialogs.editorScript = editor -> editor.saveCommand().execute();
        vm.selectedProperty().set(vm.profiles().get(0));

        vm.duplicateCommand().execute();

        assertThat(names(vm)).containsExactly("prod", "prod (copy)");
        assertThat(services.store().find("prod (copy)")).hasValueSatisfying(
                p -> assertThat(p.bootstrapServers()).isEqualTo("k:9092"));
    }

    @Test
    void deleteAsksFirstAndKeepsTheProfileWhenDeclined() {
        MainViewModel vm = shellWith(ClusterProfile.simple("prod", "k:9092", null));
        vm.selectedProperty().set(vm.profiles().get(0));
        dialogs.answer = false;

        vm.deleteCommand().execute();

        assertThat(dialogs.confirmations).singleElement().asString().contains("Delete the profile 'prod'");
        assertThat(names(vm)).containsExactly("prod");
    }

    @Test
    void confirmedDeleteRemovesTheProfileAndItsSecrets() {
        MainViewModel vm = shellWith(ClusterProfile.simple("prod", "k:9092", null),
                ClusterProfile.simple("dev", "d:9092", null));
        services.secrets().save("prod", Credentials.none().with(SecretKind.SASL_PASSWORD, "pw"));
        vm.selectedProperty().set(vm.profiles().get(1));
        dialogs.answer = true;

        vm.deleteCommand().execute();

        assertThat(names(vm)).containsExactly("dev");
        assertThat(services.store().find("prod")).isEmpty();
        assertThat(services.secrets().load("prod").isEmpty()).isTrue();
    }

    @Test
    void connectFailureShowsTheReasonInTheStatus() {
        int port = TestSupport.freePort();
        MainViewModel vm = shellWith(ClusterProfile.simple("local", "127.0.0.1:" + port, null));
        vm.selectedProperty().set(vm.profiles().get(0));

        vm.connectCommand().execute();

        assertThat(vm.selectedStateProperty().get()).isEqualTo(ConnectionState.FAILED);
        assertThat(vm.statusProperty().get()).startsWith("Failed to connect to local: ")
                .contains("127.0.0.1:" + port, "connection refused");
        assertThat(vm.connectCommand().executableProperty().get()).isTrue();
    }

    @Test
    void connectedProfileShowsClusterAndBrokersAndDisconnectClosesTheSession() {
        FakeConnector connector = new FakeConnector();
        services = TestSupport.services(dir);
        services.store().save(ClusterProfile.simple("local", "127.0.0.1:9092", null));
        MainViewModel vm = shell(connector, progress -> null);
        vm.selectedProperty().set(vm.profiles().get(0));

        vm.connectCommand().execute();

        assertThat(vm.statusProperty().get()).isEqualTo("Connected to local: cluster abc, 2 brokers");
        assertThat(vm.selectedProperty().get().overviewProperty().get().brokers()).hasSize(2);
        assertThat(vm.connectCommand().executableProperty().get()).isFalse();

        vm.disconnectCommand().execute();

        assertThat(connector.closed).isEqualTo(1);
        assertThat(vm.statusProperty().get()).isEqualTo("local: disconnected");
        assertThat(vm.selectedProperty().get().overviewProperty().get()).isNull();
    }

    @Test
    void editingAConnectedProfileClosesItsSession() {
        FakeConnector connector = new FakeConnector();
        services = TestSupport.services(dir);
        services.store().save(ClusterProfile.simple("local", "127.0.0.1:9092", null));
        MainViewModel vm = shell(connector, progress -> null);
        vm.selectedProperty().set(vm.profiles().get(0));
        vm.connectCommand().execute();
        dialogs.editorScript = editor -> {
            editor.form().bootstrapServersProperty().set("127.0.0.1:9093");
            editor.saveCommand().execute();
        };

        vm.editCommand().execute();

        assertThat(connector.closed).isEqualTo(1);
        assertThat(vm.selectedProperty().get().state()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(vm.selectedProperty().get().profile().bootstrapServers()).isEqualTo("127.0.0.1:9093");
    }

    @Test
    void startingTheSandboxSavesItsProfileAndConnects() {
        FakeConnector connector = new FakeConnector();
        List<String> steps = new java.util.ArrayList<>();
        MainViewModel vm = shell(connector, progress -> {
            progress.accept("broker 1 ready");
            return ClusterProfile.simple("Local sandbox", "127.0.0.1:39092", "http://127.0.0.1:38081");
        });
        vm.welcome().progressProperty().addListener((obs, o, n) -> steps.add(n));

        vm.welcome().startSandboxCommand().execute();

        assertThat(steps).contains("broker 1 ready");
        assertThat(services.store().find("Local sandbox")).isPresent();
        assertThat(vm.selectedProperty().get().state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void sandboxFailureIsShownOnTheWelcomeScreen() {
        MainViewModel vm = shell();

        vm.welcome().startSandboxCommand().execute();

        assertThat(vm.welcome().errorProperty().get()).isEqualTo("Could not start the sandbox: no sandbox in this test");
        assertThat(names(vm)).isEmpty();
    }

    /** Answers like a two-broker cluster; counts closes. */
    private static final class FakeConnector implements ClusterConnector {
        int closed;
        private final ClusterInfo info = new ClusterInfo("abc", new BrokerNode(1, "127.0.0.1", 9092, null),
                List.of(new BrokerNode(1, "127.0.0.1", 9092, null), new BrokerNode(2, "127.0.0.1", 9093, "r2")),
                3, 12, 0, 0);

        @Override
        public Connection connect(ClusterProfile profile, Credentials credentials) {
            return new Connection(null, info, RegistryStatus.notConfigured());
        }

        @Override
        public ClusterInfo describe(Connection connection) {
            return info;
        }

        @Override
        public void close(Connection connection) {
            closed++;
        }
    }
}
