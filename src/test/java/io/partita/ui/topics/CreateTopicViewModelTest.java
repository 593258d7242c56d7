package io.partita.ui.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.model.Credentials;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The create-topic dialog's checks and the broker's verdicts, on the shared one-broker sandbox. */
@ExtendWith(SandboxExtension.class)
class CreateTopicViewModelTest {

    private static ClusterSession session;

    @BeforeAll
    static void connect(Sandbox sandbox) {
        session = ClusterSession.open(sandbox.profile(), Credentials.none());
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static CreateTopicViewModel dialog(String... existing) {
        return new CreateTopicViewModel(new DirectTaskRunner(), session, List.of(existing));
    }

    private static String unique() {
        return "c-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void illegalCharactersAreRefusedWithKafkasRule() {
        CreateTopicViewModel vm = dialog();

        vm.nameProperty().set("orders eu");

        assertThat(vm.nameErrorProperty().get()).contains("Only ASCII letters, digits, '.', '_' and '-'");
        assertThat(vm.createCommand().executableProperty().get()).isFalse();
    }

    @Test
    void namesLongerThan249CharactersAreRefused() {
        CreateTopicViewModel vm = dialog();

        vm.nameProperty().set("a".repeat(250));

        assertThat(vm.nameErrorProperty().get()).contains("250 characters").contains("249");
    }

    @Test
    void dotUnderscoreCollisionWithAnExistingTopicIsWarned() {
        CreateTopicViewModel vm = dialog("orders.eu");

        vm.nameProperty().set("orders_eu");

        assertThat(vm.nameErrorProperty().get()).isEmpty();
        assertThat(vm.nameWarningProperty().get()).contains("Collides with the existing topic orders.eu");
    }

    @Test
    void replicationFactorAboveTheLiveBrokersIsAnError() {
        CreateTopicViewModel vm = dialog();
        vm.nameProperty().set(unique());
        assertThat(vm.liveBrokersProperty().get()).isEqualTo(1);

        vm.replicationFactorProperty().set(2);

        assertThat(vm.sizeErrorProperty().get()).isEqualTo("Replication factor 2 needs 2 live brokers; the cluster has 1");
        assertThat(vm.validateCommand().executableProperty().get()).isFalse();
    }

    @Test
    void brokerRefusalOfABadConfigShowsItsOwnMessageAndCreatesNothing() {
        CreateTopicViewModel vm = dialog();
        String name = unique();
        vm.nameProperty().set(name);
        vm.addConfigCommand().execute();
        vm.configs().get(0).keyProperty().set("cleanup.policy");
        vm.configs().get(0).valueProperty().set("sometimes");

        vm.validateCommand().execute();

        assertThat(vm.brokerMessageProperty().get()).startsWith("The broker refuses:").contains("cleanup.policy")
                .contains("sometimes");
        assertThat(vm.brokerAcceptedProperty().get()).isFalse();
        assertThat(session.topics().names(false, Duration.ofSeconds(10))).doesNotContain(name);
    }

    @Test
    void unknownConfigKeysAreWarnedButLeftToTheBroker() {
        CreateTopicViewModel vm = dialog();
        vm.addConfigCommand().execute();

        vm.configs().get(0).keyProperty().set("retention.msec");
        vm.configs().get(0).valueProperty().set("1000");

        assertThat(vm.configWarningProperty().get()).contains("retention.msec is not a topic config");
        assertThat(vm.configErrorProperty().get()).isEmpty();
    }

    @Test
    void validTopicIsValidatedThenCreated() {
        CreateTopicViewModel vm = dialog();
        String name = unique();
        vm.nameProperty().set(name);
        vm.partitionsProperty().set(4);
        vm.addConfigCommand().execute();
        vm.configs().get(0).keyProperty().set("retention.ms");
        vm.configs().get(0).valueProperty().set("3600000");

        vm.validateCommand().execute();
        assertThat(vm.brokerAcceptedProperty().get()).isTrue();
        assertThat(session.topics().names(false, Duration.ofSeconds(10))).doesNotContain(name);
        vm.createCommand().execute();

        assertThat(vm.createdTopicProperty().get()).isEqualTo(name);
        assertThat(session.topics().partitions(name, Duration.ofSeconds(10))).hasSize(4);
    }
}
