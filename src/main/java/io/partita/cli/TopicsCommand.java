package io.partita.cli;

import io.partita.kafka.ClusterSession;
import io.partita.model.ConfigValue;
import io.partita.model.PartitionDetail;
import io.partita.model.TopicFilter;
import io.partita.model.TopicSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code partita topics ...}: list and describe here; the changes live in {@link TopicChanges}. */
@Command(name = "topics", description = "List, describe, create, delete and change topics.",
        subcommands = {TopicsCommand.ListTopics.class, TopicsCommand.Describe.class, TopicChanges.Create.class,
                TopicChanges.Delete.class, TopicChanges.AlterConfig.class, TopicChanges.AddPartitions.class})
final class TopicsCommand {

    private TopicsCommand() {
    }

    /** One element of {@code topics list --json}; field names are part of the CLI's contract. */
    static Map<String, Object> json(TopicSummary t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", t.name());
        json.put("partitions", t.partitions());
        json.put("replicationFactor", t.replicationFactor());
        json.put("internal", t.internal());
        json.put("underReplicated", t.underReplicated());
        return json;
    }

    static Map<String, Object> json(PartitionDetail p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("partition", p.partition());
        json.put("leader", p.leader());
        json.put("replicas", p.replicas());
        json.put("isr", p.isr());
        json.put("earliestOffset", p.earliestOffset());
        json.put("latestOffset", p.latestOffset());
        return json;
    }

    @Command(name = "list", description = "Topics sorted by name, with partitions, replication and health.")
    static final class ListTopics implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        ConnectionOptions connection;

        @Option(names = "--filter", paramLabel = "TEXT",
                description = "Only topics whose name contains TEXT (case-insensitive).")
        String filter;

        @Option(names = "--regex", description = "Treat --filter as a regular expression found in the name.")
        boolean regex;

        @Option(names = "--internal", description = "Include internal topics such as __consumer_offsets.")
        boolean internal;

        @Option(names = "--json", description = "One JSON array of {name, partitions, replicationFactor, "
                + "internal, underReplicated}.")
        boolean json;

        ListTopics(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            TopicFilter.Compiled compiled = TopicFilter.compile(filter, regex);
            if (compiled.error().isPresent()) {
                throw new IllegalArgumentException("--filter: " + compiled.problem());
            }
            List<TopicSummary> topics;
            try (ClusterSession session = CliSessions.open(connection, context)) {
                List<String> names = session.topics().names(internal, connection.timeout()).stream()
                        .filter(compiled.matches()).toList();
                topics = new ArrayList<>();
                for (int from = 0; from < names.size(); from += 1000) {
                    topics.addAll(session.topics().summaries(names.subList(from, Math.min(names.size(), from + 1000)),
                            connection.timeout()));
                }
            }
            if (json) {
                context.printJson(topics.stream().map(TopicsCommand::json).toList());
            } else {
                TextTable table = new TextTable("NAME", "PARTITIONS", "RF", "UNDER-REPLICATED", "OFFLINE", "MESSAGES");
                topics.forEach(t -> table.row(t.name() + (t.internal() ? " (internal)" : ""), t.partitions(),
                        t.replicationFactor(), t.underReplicated(), t.offline(), t.messages()));
                table.print(context.out(), "");
            }
            return Cli.OK;
        }
    }

    @Command(name = "describe", description = "Partitions (leader, replicas, ISR, offsets) and configs of a topic.")
    static final class Describe implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        ConnectionOptions connection;

        @Parameters(index = "0", paramLabel = "NAME", description = "The topic.")
        String name;

        @Option(names = "--all-configs", description = "List every config, not only those that are not defaults.")
        boolean allConfigs;

        @Option(names = "--json", description = "One JSON object: {name, partitions: [...], configs: {key: value}} "
                + "with every config (sensitive values are null).")
        boolean json;

        Describe(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<PartitionDetail> partitions;
            List<ConfigValue> configs;
            try (ClusterSession session = CliSessions.open(connection, context)) {
                partitions = session.topics().partitions(name, connection.timeout());
                configs = session.configs().topicConfigs(name, connection.timeout());
            }
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("name", name);
                out.put("partitions", partitions.stream().map(TopicsCommand::json).toList());
                Map<String, String> values = new LinkedHashMap<>();
                configs.forEach(c -> values.put(c.name(), c.value()));
                out.put("configs", values);
                context.printJson(out);
            } else {
                printText(partitions, configs);
            }
            return Cli.OK;
        }

        private void printText(List<PartitionDetail> partitions, List<ConfigValue> configs) {
            context.out().println("Topic " + name + ": " + partitions.size() + " partitions");
            TextTable table = new TextTable("PARTITION", "LEADER", "REPLICAS", "ISR", "EARLIEST", "LATEST", "MESSAGES");
            partitions.forEach(p -> table.row(p.partition(), p.leader() == null ? "offline" : p.leader()
                            + (p.leaderNotPreferred() ? " (not preferred)" : ""), ids(p.replicas()), ids(p.isr()),
                    p.earliestOffset(), p.latestOffset(), p.messages()));
            table.print(context.out(), "  ");
            List<ConfigValue> shown = configs.stream()
                    .filter(c -> allConfigs || c.source() != ConfigValue.Source.DEFAULT).toList();
            context.out().println();
            context.out().println(allConfigs ? "Configs:" : "Configs that are not Kafka's defaults "
                    + "(--all-configs for every one):");
            TextTable configTable = new TextTable("NAME", "VALUE", "SOURCE");
            shown.forEach(c -> configTable.row(c.name(), c.displayValue(), c.source().name().toLowerCase()));
            configTable.print(context.out(), "  ");
        }
    }

    static String ids(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
