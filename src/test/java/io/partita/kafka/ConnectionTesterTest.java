package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.ClusterProfile;
import io.partita.model.ConnectionReport;
import io.partita.model.Credentials;
import io.partita.model.RegistryStatus;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConnectionTesterTest {

    private static final Duration BOUND = Duration.ofSeconds(10);

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void unreachablePortIsReportedAsConnectionRefusedWithinTheBound() throws IOException {
        int port = freePort();
        ClusterProfile profile = ClusterProfile.simple("dead", "127.0.0.1:" + port, null);

        ConnectionReport report = ConnectionTester.test(profile, Credentials.none(), BOUND);

        assertThat(report.kafkaOk()).isFalse();
        assertThat(report.kafkaError()).contains("127.0.0.1:" + port).contains("connection refused");
        assertThat(report.elapsed()).isLessThan(BOUND);
        assertThat(report.registry().state()).isEqualTo(RegistryStatus.State.NOT_CONFIGURED);
    }

    @Test
    void unknownHostIsReportedAsDns() {
        ClusterProfile profile = ClusterProfile.simple("typo", "no-such-broker.invalid:9092", null);

        ConnectionReport report = ConnectionTester.test(profile, Credentials.none(), BOUND);

        assertThat(report.kafkaError()).contains("no-such-broker.invalid:9092").contains("unknown host (DNS)");
        assertThat(report.elapsed()).isLessThan(BOUND);
    }

    @Test
    void registryIsReportedSeparatelyFromKafka() throws IOException {
        int port = freePort();
        ClusterProfile profile = ClusterProfile.simple("both-dead", "127.0.0.1:" + port,
                "http://127.0.0.1:" + freePort() + "/apis/ccompat/v7");

        ConnectionReport report = ConnectionTester.test(profile, Credentials.none(), BOUND);

        assertThat(report.registry().state()).isEqualTo(RegistryStatus.State.FAILED);
        assertThat(report.registry().detail()).isNotBlank();
        assertThat(report.elapsed()).isLessThan(BOUND);
    }

    @Test
    void malformedBootstrapListIsReportedWithoutTryingToConnect() {
        ClusterProfile profile = ClusterProfile.simple("bad", "localhost", null);

        ConnectionReport report = ConnectionTester.test(profile, Credentials.none(), BOUND);

        assertThat(report.kafkaError()).contains("'localhost' is not host:port");
    }
}
