package io.partita.ui.configs;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.model.ConfigValue;
import io.partita.model.Credentials;
import io.partita.model.NewTopic;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import io.partita.ui.common.DialogService;
import io.partita.ui.profiles.ProfileEditorViewModel;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The config editor on a real topic and broker of the shared sandbox. */
@ExtendWith(SandboxExtension.class)
class ConfigsViewModelTest {

    private static ClusterSession session;
    private ConfigEdit answer;
    private boolean confirm = true;

    private final ConfigDialogs edits = (target, current, clusterWide) -> Optional.ofNullable(answer);
    private final DialogService dialogs = new DialogService() {
        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            return confirm;
        }

        @Override
        public void showError(String title, String message) {
            throw new AssertionError(message);
        }

        @Override
        public void editProfile(ProfileEditorViewModel editor) {
            throw new AssertionError("not expected");
        }
    };

    @BeforeAll
    static void connect(Sandbox sandbox) {
        session = ClusterSession.open(sandbox.profile(), Credentials.none());
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static ConfigValue named(ConfigsViewModel vm, String name) {
        return vm.configs().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void editSetsATopicOverrideAndResetRemovesIt() {
        String topic = "cfg-" + UUID.randomUUID().toString().substring(0, 8);
        session.topicMutations().create(new NewTopic(topic, 1, (short) 1, Map.of()), Duration.ofSeconds(20));
        ConfigsViewModel vm = new ConfigsViewModel(new DirectTaskRunner(), ConfigTargets.topic(session, topic), true,
                edits, dialogs);
        vm.refreshCommand().execute();
        vm.selectedProperty().set(named(vm, "retention.ms"));
        assertThat(vm.resetCommand().executableProperty().get()).isFalse();

        answer = new ConfigEdit("7200000", false);
        vm.editCommand().execute();
        assertThat(named(vm, "retention.ms").value()).isEqualTo("7200000");
        assertThat(named(vm, "retention.ms").source()).isEqualTo(ConfigValue.Source.TOPIC_OVERRIDE);
        assertThat(vm.statusProperty().get()).isEqualTo("Set retention.ms on topic " + topic + ".");
        assertThat(vm.resetCommand().executableProperty().get()).isTrue();

        vm.resetCommand().execute();
        assertThat(named(vm, "retention.ms").source()).isEqualTo(ConfigValue.Source.DEFAULT);
        assertThat(named(vm, "retention.ms").value()).isEqualTo("604800000");
    }

    @Test
    void invalidValueIsRefusedWithTheBrokersMessage() {
        String topic = "cfg-" + UUID.randomUUID().toString().substring(0, 8);
        session.topicMutations().create(new NewTopic(topic, 1, (short) 1, Map.of()), Duration.ofSeconds(20));
        ConfigsViewModel vm = new ConfigsViewModel(new DirectTaskRunner(), ConfigTargets.topic(session, topic), true,
                edits, dialogs);
        vm.refreshCommand().execute();
        vm.selectedProperty().set(named(vm, "cleanup.policy"));

        answer = new ConfigEdit("sometimes", false);
        vm.editCommand().execute();

        assertThat(vm.errorProperty().get()).contains("sometimes");
        assertThat(named(vm, "cleanup.policy").value()).isEqualTo("delete");
    }

    @Test
    void sensitiveBrokerConfigsAreMaskedAndStaticOnesCannotBeEdited() {
        int broker = 1;
        ConfigsViewModel vm = new ConfigsViewModel(new DirectTaskRunner(), ConfigTargets.broker(session, broker), true,
                edits, dialogs);
        vm.refreshCommand().execute();

        assertThat(vm.configs()).filteredOn(ConfigValue::sensitive).isNotEmpty()
                .allMatch(c -> c.value() == null && c.displayValue().equals("******"));
        vm.selectedProperty().set(vm.configs().stream().filter(ConfigValue::readOnly).findFirst().orElseThrow());
        assertThat(vm.editCommand().executableProperty().get()).isFalse();
    }

    @Test
    void dynamicBrokerConfigRoundTripPerBroker() {
        ConfigsViewModel vm = new ConfigsViewModel(new DirectTaskRunner(), ConfigTargets.broker(session, 1), true,
                edits, dialogs);
        vm.refreshCommand().execute();
        vm.selectedProperty().set(named(vm, "log.cleaner.backoff.ms"));
        String before = named(vm, "log.cleaner.backoff.ms").value();

        answer = new ConfigEdit("16000", false);
        vm.editCommand().execute();
        try {
            assertThat(named(vm, "log.cleaner.backoff.ms").value()).isEqualTo("16000");
            assertThat(named(vm, "log.cleaner.backoff.ms").source()).isEqualTo(ConfigValue.Source.DYNAMIC_BROKER);
        } finally {
            vm.resetCommand().execute();
        }
        assertThat(named(vm, "log.cleaner.backoff.ms").value()).isEqualTo(before);
    }

    @Test
    void overridesOnlyHidesKafkaDefaults() {
        ConfigsViewModel vm = new ConfigsViewModel(new DirectTaskRunner(), ConfigTargets.broker(session, 1), true,
                edits, dialogs);
        vm.refreshCommand().execute();

        vm.overridesOnlyProperty().set(true);

        assertThat(vm.configs()).isNotEmpty().noneMatch(c -> c.source() == ConfigValue.Source.DEFAULT);
    }
}
