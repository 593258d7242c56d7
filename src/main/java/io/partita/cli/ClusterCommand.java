package io.partita.cli;

import io.partita.kafka.ConnectionTester;
import io.partita.model.BrokerNode;
import io.partita.model.ClusterInfo;
import io.partita.model.ClusterProfile;
import io.partita.model.ConnectionReport;
import io.partita.model.RegistryConfig;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code partita cluster info}: identity, brokers and partition health of a cluster. */
@Command(name = "cluster", description = "Cluster-wide information.", subcommands = ClusterCommand.Info.class)
final class ClusterCommand {

    /** What {@code cluster info --json} prints; field names are part of the CLI's contract. */
    static Map<String, Object> json(ClusterInfo info) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("clusterId", info.clusterId());
        json.put("controller", info.controller() == null ? null : json(info.controller()));
        json.put("brokers", info.brokers().stream().map(ClusterCommand::json).toList());
        json.put("topics", info.topics());
        json.put("partitions", info.partitions());
        json.put("underReplicated", info.underReplicated());
        json.put("offline", info.offline());
        return json;
    }

    static Map<String, Object> json(BrokerNode broker) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", broker.id());
        json.put("host", broker.host());
        json.put("port", broker.port());
        json.put("rack", broker.rack());
        return json;
    }

    static void printText(PrintStream out, ClusterInfo info) {
        BrokerNode controller = info.controller();
        new TextTable("Cluster id:", info.clusterId())
                .row("Controller:", controller == null ? "unknown" : controller.id() + " (" + controller.address() + ")")
                .row("Topics:", info.topics())
                .row("Partitions:", info.partitions())
                .row("Under-replicated:", info.underReplicated())
                .row("Offline:", info.offline())
                .print(out, "");
        out.println();
        TextTable brokers = new TextTable("BROKER", "HOST", "PORT", "RACK");
        info.brokers().forEach(b -> brokers.row(b.id(), b.host(), b.port(), b.rack()));
        brokers.print(out, "");
    }

    @Command(name = "info", description = "Cluster id, controller, brokers, topic and partition counts.")
    static final class Info implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        ConnectionOptions connection;

        @Option(names = "--json", description = "One JSON object.")
        boolean json;

        Info(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ConnectionOptions.Target target = connection.resolve(context);
            ClusterInfo info = describe(target, connection.timeout());
            if (json) {
                context.printJson(ClusterCommand.json(info));
            } else {
                printText(context.out(), info);
            }
            return Cli.OK;
        }

        /**
         * Goes through the connection tester because it checks TCP first: an unreachable host then fails fast with
         * "connection refused" or "unknown host" instead of Kafka's generic timeout. The registry is not probed.
         */
        private static ClusterInfo describe(ConnectionOptions.Target target, Duration timeout) {
            ClusterProfile p = target.profile();
            ClusterProfile kafkaOnly = new ClusterProfile(p.name(), p.bootstrapServers(), p.security(),
                    p.clientProperties(), RegistryConfig.none(), p.readOnly(), p.color());
            // The tester keeps 500 ms of its bound for the registry; give Kafka the whole --timeout.
            ConnectionReport report = ConnectionTester.test(kafkaOnly, target.credentials(), timeout.plusMillis(500));
            if (!report.kafkaOk()) {
                throw new CliFailure(report.kafkaError());
            }
            return report.cluster();
        }
    }
}
