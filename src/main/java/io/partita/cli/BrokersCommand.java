package io.partita.cli;

import io.partita.kafka.ClusterSession;
import io.partita.model.BrokerSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code partita brokers}: every broker with its load. */
@Command(name = "brokers", description = "Brokers with host, rack, controller flag, bytes on disk, replicas and "
        + "leaders.")
final class BrokersCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--json", description = "One JSON array of {id, host, port, rack, controller, logDirBytes, "
            + "partitions (replicas hosted), leaders}.")
    boolean json;

    BrokersCommand(CliContext context) {
        this.context = context;
    }

    static Map<String, Object> json(BrokerSummary b) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", b.node().id());
        json.put("host", b.node().host());
        json.put("port", b.node().port());
        json.put("rack", b.node().rack());
        json.put("controller", b.controller());
        json.put("logDirBytes", b.logDirBytes());
        json.put("partitions", b.partitions());
        json.put("leaders", b.leaders());
        return json;
    }

    @Override
    public Integer call() {
        List<BrokerSummary> brokers;
        try (ClusterSession session = CliSessions.open(connection, context)) {
            brokers = session.brokers().brokers(connection.timeout());
        }
        if (json) {
            context.printJson(brokers.stream().map(BrokersCommand::json).toList());
        } else {
            TextTable table = new TextTable("ID", "HOST:PORT", "RACK", "CONTROLLER", "LOG-DIR-BYTES", "PARTITIONS",
                    "LEADERS");
            brokers.forEach(b -> table.row(b.node().id(), b.node().address(), b.node().rack(),
                    b.controller() ? "yes" : "", b.logDirBytes(), b.partitions(), b.leaders()));
            table.print(context.out(), "");
        }
        return Cli.OK;
    }
}
