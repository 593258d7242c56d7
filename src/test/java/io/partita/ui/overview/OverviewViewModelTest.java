package io.partita.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.model.BrokerNode;
import io.partita.model.ClusterInfo;
import io.partita.model.RegistryStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OverviewViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T10:15:30Z"), ZoneOffset.UTC);
    private static final BrokerNode B1 = new BrokerNode(1, "k1", 9092, "rack-a");
    private static final BrokerNode B2 = new BrokerNode(2, "k2", 9092, null);

    @Test
    void showsIdentityBrokersAndHealthWithTheControllerMarked() {
        ClusterInfo info = new ClusterInfo("cid", B2, List.of(B1, B2), 4, 20, 3, 1);

        OverviewViewModel vm = new OverviewViewModel(new DirectTaskRunner(), () -> info, info,
                RegistryStatus.ok("2 subjects"), CLOCK);

        assertThat(vm.clusterIdProperty().get()).isEqualTo("cid");
        assertThat(vm.controllerProperty().get()).isEqualTo("broker 2 (k2:9092)");
        assertThat(vm.brokers()).containsExactly(new BrokerRow(1, "k1:9092", "rack-a", false),
                new BrokerRow(2, "k2:9092", "—", true));
        assertThat(vm.underReplicatedProperty().get()).isEqualTo(3);
        assertThat(vm.offlineProperty().get()).isEqualTo(1);
        assertThat(vm.registryProperty().get()).isEqualTo("reachable (2 subjects)");
        assertThat(vm.lastRefreshedProperty().get()).isEqualTo("10:15:30");
    }

    @Test
    void failedRefreshShowsTheReasonAndKeepsTheLastValues() {
        ClusterInfo info = new ClusterInfo("cid", B1, List.of(B1), 2, 7, 0, 0);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        OverviewViewModel vm = new OverviewViewModel(new DirectTaskRunner(), () -> {
            if (failure.get() != null) {
                throw failure.get();
            }
            return info;
        }, info, null, CLOCK);
        failure.set(new IllegalStateException("describe cluster: no answer within 15000 ms"));

        vm.refreshCommand().execute();

        assertThat(vm.errorProperty().get()).isEqualTo("Refresh failed: describe cluster: no answer within 15000 ms");
        assertThat(vm.partitionsProperty().get()).isEqualTo(7);

        failure.set(null);
        vm.refreshCommand().execute();
        assertThat(vm.errorProperty().get()).isEmpty();
    }
}
