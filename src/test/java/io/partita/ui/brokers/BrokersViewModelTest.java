package io.partita.ui.brokers;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.async.HeldTaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.model.BrokerSummary;
import io.partita.model.Credentials;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import io.partita.testkit.ThreeBrokers;
import io.partita.ui.common.DialogService;
import io.partita.ui.profiles.ProfileEditorViewModel;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class BrokersViewModelTest {

    private static final DialogService NO_DIALOGS = new DialogService() {
        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            throw new AssertionError(message);
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

    private static BrokersViewModel loaded(ClusterSession session) {
        BrokersViewModel vm = new BrokersViewModel(new DirectTaskRunner(), session, NO_DIALOGS,
                (t, c, w) -> Optional.empty());
        vm.refreshCommand().execute();
        return vm;
    }

    @Test
    void combinedNodeIsTheControllerAndCarriesEveryReplica(Sandbox sandbox) {
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            BrokersViewModel vm = loaded(session);

            assertThat(vm.brokers()).hasSize(1);
            BrokerSummary only = vm.brokers().get(0);
            assertThat(only.controller()).isTrue();
            assertThat(only.partitions()).isGreaterThanOrEqualTo(11);
            assertThat(only.leaders()).isEqualTo(only.partitions());
            assertThat(only.logDirBytes()).isPositive();
            assertThat(vm.summaryProperty().get()).startsWith("1 broker · controller: broker " + only.node().id());
        }
    }

    @Test
    void busyWhileTheBrokersAreReadSoTheViewShowsItsSpinner(Sandbox sandbox) {
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            HeldTaskRunner runner = new HeldTaskRunner();
            BrokersViewModel vm = new BrokersViewModel(runner, session, NO_DIALOGS, (t, c, w) -> Optional.empty());
            vm.refreshCommand().execute();
            assertThat(vm.busyProperty().get()).isTrue();
            assertThat(vm.refreshCommand().executableProperty().get()).as("no second read while one runs").isFalse();

            runner.release();
            assertThat(vm.busyProperty().get()).isFalse();
            assertThat(vm.brokers()).hasSize(1);
        }
    }

    @Test
    void dedicatedControllerIsNamedAndTheFirstBrokersConfigsOpen(@ThreeBrokers Sandbox cluster) {
        try (ClusterSession session = ClusterSession.open(cluster.profile(), Credentials.none())) {
            BrokersViewModel vm = loaded(session);

            assertThat(vm.brokers()).extracting(b -> b.node().id()).containsExactlyElementsOf(cluster.brokerIds());
            assertThat(vm.brokers()).noneMatch(BrokerSummary::controller);
            assertThat(vm.summaryProperty().get()).contains("a dedicated KRaft controller");
            assertThat(vm.configsProperty().get().targetLabel()).isEqualTo("broker " + cluster.brokerIds().get(0));
            assertThat(vm.configsProperty().get().configs()).anyMatch(c -> c.name().equals("broker.id")
                    && c.value().equals(String.valueOf(cluster.brokerIds().get(0))));
        }
    }
}
