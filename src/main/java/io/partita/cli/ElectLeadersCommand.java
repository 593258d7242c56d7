package io.partita.cli;

import io.partita.kafka.ClusterSession;
import io.partita.model.ElectionResult;
import io.partita.model.TopicPartitionRef;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code partita elect-leaders [--topic T]}: preferred leader election for a topic or the whole cluster. */
@Command(name = "elect-leaders", description = "Move leadership back to the preferred replica (the first of each "
        + "replica list) for every partition of a topic, or of the whole cluster.")
final class ElectLeadersCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--topic", paramLabel = "T", description = "Only this topic's partitions (default: all).")
    String topic;

    @Option(names = "--json", description = "One JSON object: {elected: [\"t-0\", ...], failed: {\"t-1\": reason}}.")
    boolean json;

    ElectLeadersCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ElectionResult result;
        try (ClusterSession session = CliSessions.open(connection, context)) {
            Set<TopicPartitionRef> partitions = topic == null ? Set.of()
                    : session.topics().partitions(topic, connection.timeout()).stream()
                    .map(p -> new TopicPartitionRef(topic, p.partition())).collect(Collectors.toSet());
            result = session.reassignments().electPreferredLeaders(partitions, connection.timeout());
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("elected", result.elected().stream().map(TopicPartitionRef::toString).toList());
            Map<String, String> failed = new TreeMap<>();
            result.failed().forEach((p, why) -> failed.put(p.toString(), why));
            out.put("failed", failed);
            context.printJson(out);
        } else {
            String scope = topic == null ? "the cluster" : topic;
            context.out().println(result.elected().isEmpty()
                    ? "Every partition of " + scope + " already has its preferred leader."
                    : "Elected the preferred leader of " + result.elected().size() + " partitions of " + scope + ": "
                    + result.elected().stream().map(TopicPartitionRef::toString).collect(Collectors.joining(", ")));
            result.failed().forEach((p, why) -> context.err().println("partita: " + p + ": " + why));
        }
        return result.failed().isEmpty() ? Cli.OK : Cli.FAILED;
    }
}
