package io.partita.ui.profiles;

import io.partita.model.BrokerNode;
import io.partita.model.ClusterInfo;
import io.partita.model.ConnectionReport;
import io.partita.model.RegistryStatus;

/** Turns a connection report into the two lines the editor shows. Pure. */
final class ReportText {

    private ReportText() {
    }

    static String kafka(ConnectionReport report) {
        if (!report.kafkaOk()) {
            return "Kafka: " + report.kafkaError();
        }
        ClusterInfo info = report.cluster();
        int brokers = info.brokers().size();
        return "Kafka: cluster " + info.clusterId()
                + " · controller " + controller(info.controller())
                + " · " + brokers + (brokers == 1 ? " broker" : " brokers")
                + " · answered in " + report.elapsed().toMillis() + " ms";
    }

    static String registry(RegistryStatus status) {
        return switch (status.state()) {
            case NOT_CONFIGURED -> "Schema registry: not configured";
            case OK -> "Schema registry: reachable (" + status.detail() + ")";
            case FAILED -> "Schema registry: " + status.detail();
        };
    }

    static ConnectionTestOutcome outcome(ConnectionReport report) {
        if (!report.kafkaOk()) {
            return ConnectionTestOutcome.FAILURE;
        }
        boolean registryFailed = report.registry() != null && report.registry().state() == RegistryStatus.State.FAILED;
        return registryFailed ? ConnectionTestOutcome.PARTIAL : ConnectionTestOutcome.SUCCESS;
    }

    static String controller(BrokerNode controller) {
        return controller == null ? "unknown" : controller.id() + " (" + controller.address() + ")";
    }
}
