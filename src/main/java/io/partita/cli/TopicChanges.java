package io.partita.cli;

import io.partita.kafka.ClusterSession;
import io.partita.model.NewTopic;
import io.partita.model.TopicNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The mutating {@code topics} subcommands. Read-only profiles are refused by the services (exit 1). */
final class TopicChanges {

    private TopicChanges() {
    }

    @Command(name = "create", description = "Create a topic; the broker validates it first (validateOnly) and its "
            + "own message is printed when it refuses.")
    static final class Create implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        ConnectionOptions connection;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--partitions", paramLabel = "N", required = true)
        int partitions;

        @Option(names = "--replication-factor", paramLabel = "R", required = true)
        short replicationFactor;

        @Option(names = "--config", paramLabel = "KEY=VALUE", description = "A topic config; repeat for more.")
        Map<String, String> configs = new LinkedHashMap<>();

        @Option(names = "--dry-run", description = "Only ask the broker whether it would create the topic.")
        boolean dryRun;

        Create(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Optional<String> problem = TopicNames.problem(name);
            if (problem.isPresent()) {
                throw new IllegalArgumentException("topic name '" + name + "': " + problem.get());
            }
            if (partitions < 1 || replicationFactor < 1) {
                throw new IllegalArgumentException("--partitions and --replication-factor must be at least 1");
            }
            NewTopic topic = new NewTopic(name, partitions, replicationFactor, configs);
            try (ClusterSession session = CliSessions.open(connection, context)) {
                if (dryRun) {
                    Optional<String> refusal = session.topicMutations().validate(topic, connection.timeout());
                    if (refusal.isPresent()) {
                        throw new CliFailure(refusal.get());
                    }
                    context.out().println("The broker would create " + name + " (nothing was created).");
                    return Cli.OK;
                }
                session.topicMutations().create(topic, connection.timeout());
            }
            context.out().println("Created topic " + name + " with " + partitions + " partitions and replication "
                    + "factor " + replicationFactor + ".");
            if (TopicNames.hasCollisionRisk(name)) {
                context.err().println("partita: note: '.' and '_' are the same in Kafka's metric names; "
                        + "avoid topics that differ only by them");
            }
            return Cli.OK;
        }
    }

    @Command(name = "delete", description = "Delete a topic and all its messages.")
    static final class Delete implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        ConnectionOptions connection;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--yes", description = "Required: confirms that the topic and its messages go for good.")
        boolean yes;

        Delete(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (!yes) {
                throw new IllegalArgumentException("deleting " + name + " removes all its messages; pass --yes to "
                        + "confirm");
            }
            try (ClusterSession session = CliSessions.open(connection, context)) {
                session.topicMutations().delete(name, connection.timeout());
            }
            context.out().println("Deleted topic " + name + ".");
            return Cli.OK;
        }
    }

    @Command(name = "alter-config", description = "Set configs of a topic or remove its overrides "
            + "(incrementalAlterConfigs).")
    static final class AlterConfig implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        ConnectionOptions connection;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Set a config; repeat for more.")
        Map<String, String> set = new LinkedHashMap<>();

        @Option(names = "--delete", paramLabel = "KEY", description = "Remove an override (back to the default); "
                + "repeat for more.")
        List<String> delete = new java.util.ArrayList<>();

        AlterConfig(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (set.isEmpty() && delete.isEmpty()) {
                throw new IllegalArgumentException("nothing to change: give --set KEY=VALUE and/or --delete KEY");
            }
            List<String> both = delete.stream().filter(set::containsKey).toList();
            if (!both.isEmpty()) {
                throw new IllegalArgumentException(String.join(", ", both) + ": both --set and --delete");
            }
            try (ClusterSession session = CliSessions.open(connection, context)) {
                session.configs().alterTopic(name, set, delete, connection.timeout());
            }
            set.forEach((k, v) -> context.out().println("Set " + k + "=" + v + " on " + name + "."));
            delete.forEach(k -> context.out().println("Removed the override of " + k + " on " + name + "."));
            return Cli.OK;
        }
    }

    @Command(name = "add-partitions", description = "Grow a topic to N partitions (Kafka cannot remove partitions).")
    static final class AddPartitions implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        ConnectionOptions connection;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--to", paramLabel = "N", required = true, description = "The new total partition count.")
        int total;

        AddPartitions(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (ClusterSession session = CliSessions.open(connection, context)) {
                session.topicMutations().addPartitions(name, total, connection.timeout());
            }
            context.out().println(name + " now has " + total + " partitions.");
            return Cli.OK;
        }
    }
}
