package io.partita.cli;

import io.partita.kafka.ClusterSession;
import io.partita.model.GroupDetail;
import io.partita.model.GroupList;
import io.partita.model.GroupMember;
import io.partita.model.GroupSummary;
import io.partita.model.PartitionLag;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code partita groups …}: consumer groups, their lag, offset resets and deletion. */
@Command(name = "groups", description = "Consumer groups: list, describe, lag, reset offsets, delete.",
        subcommands = {GroupsCommand.ListGroups.class, GroupsCommand.Describe.class, GroupLagCommand.class,
                GroupResetCommand.class, GroupsCommand.Delete.class, GroupsCommand.DeleteOffsets.class})
final class GroupsCommand {

    /** Opens a session for one command and always closes it. */
    static <T> T withSession(CliContext context, ConnectionOptions connection, Function<ClusterSession, T> work) {
        ConnectionOptions.Target target = connection.resolve(context);
        try (ClusterSession session = ClusterSession.open(target.profile(), target.credentials())) {
            return work.apply(session);
        }
    }

    @Command(name = "list", description = "Every group with type, state, assignor, members, coordinator, topics "
            + "and total lag ('-' = nothing committed).")
    static final class ListGroups implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        ConnectionOptions connection;

        @Option(names = "--json", description = "One JSON array of groups.")
        boolean json;

        ListGroups(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            GroupList list = withSession(context, connection, s -> s.groups().list(connection.timeout(), b -> { }));
            list.problems().forEach(p -> context.err().println("partita: warning: " + p));
            if (json) {
                context.printJson(GroupsJson.summaries(list.groups()));
            } else {
                print(context.out(), list.groups());
            }
            return Cli.OK;
        }

        private static void print(PrintStream out, List<GroupSummary> groups) {
            TextTable table = new TextTable("GROUP", "TYPE", "STATE", "ASSIGNOR", "MEMBERS", "COORDINATOR", "TOPICS",
                    "LAG");
            groups.forEach(g -> table.row(g.groupId(), g.type().label(), g.state(),
                    g.assignor().isEmpty() ? null : g.assignor(), g.members(), GroupsJson.coordinator(g.coordinator()),
                    g.topics().isEmpty() ? null : String.join(",", g.topics()), g.totalLag()));
            table.print(out, "");
        }
    }

    @Command(name = "describe", description = "Members and, per partition, committed offset, log-end offset, lag "
            + "and owner. Lag is '-' (null in JSON) where the group has committed nothing.")
    static final class Describe implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        ConnectionOptions connection;

        @Parameters(paramLabel = "GROUP", description = "The group id.")
        String group;

        @Option(names = "--json", description = "One JSON object: group, state, members, partitions[].")
        boolean json;

        Describe(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            GroupDetail detail = withSession(context, connection, s -> s.groups().describe(group, connection.timeout()));
            if (json) {
                context.printJson(GroupsJson.detail(detail));
            } else {
                print(context.out(), detail);
            }
            return Cli.OK;
        }

        private static void print(PrintStream out, GroupDetail d) {
            new TextTable("Group:", d.groupId())
                    .row("Type:", d.type().label())
                    .row("State:", d.state())
                    .row("Assignor:", d.assignor().isEmpty() ? null : d.assignor())
                    .row("Coordinator:", d.coordinator() == null ? null
                            : d.coordinator().id() + " (" + d.coordinator().address() + ")")
                    .row("Members:", d.members().size())
                    .row("Total lag:", d.totalLag())
                    .print(out, "");
            out.println();
            TextTable partitions = new TextTable("TOPIC", "PARTITION", "COMMITTED", "END", "LAG", "CLIENT-ID", "HOST",
                    "MEMBER");
            for (PartitionLag p : d.partitions()) {
                partitions.row(p.topic(), p.partition(), p.committedOffset(), p.endOffset(), p.lag(), p.clientId(),
                        p.host(), p.memberId());
            }
            partitions.print(out, "");
            if (!d.members().isEmpty()) {
                out.println();
                TextTable members = new TextTable("MEMBER", "CLIENT-ID", "HOST", "INSTANCE", "ASSIGNED");
                for (GroupMember m : d.members()) {
                    members.row(m.memberId(), m.clientId(), m.host(), m.groupInstanceId(),
                            m.assignment().isEmpty() ? null : m.assignment().toString().replaceAll("[\\[\\] ]", ""));
                }
                members.print(out, "");
            }
        }
    }

    @Command(name = "delete", description = "Delete a group and its committed offsets (refused while it has members).")
    static final class Delete implements Callable<Integer> {

        private final CliContext context;

        @Spec
        CommandSpec command;

        @Mixin
        ConnectionOptions connection;

        @Parameters(paramLabel = "GROUP", description = "The group id.")
        String group;

        @Option(names = "--yes", description = "Really delete: it cannot be undone.")
        boolean yes;

        Delete(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (!yes) {
                throw new ParameterException(command.commandLine(), "deleting group " + group + " cannot be undone: "
                        + "add --yes to confirm");
            }
            withSession(context, connection, s -> {
                s.groups().delete(group, connection.timeout());
                return null;
            });
            context.out().println("Deleted group " + group + ".");
            return Cli.OK;
        }
    }

    @Command(name = "delete-offsets", description = "Delete a group's committed offsets on one topic.")
    static final class DeleteOffsets implements Callable<Integer> {

        private final CliContext context;

        @Spec
        CommandSpec command;

        @Mixin
        ConnectionOptions connection;

        @Parameters(paramLabel = "GROUP", description = "The group id.")
        String group;

        @Option(names = "--topic", required = true, paramLabel = "TOPIC", description = "The topic to forget.")
        String topic;

        @Option(names = "--yes", description = "Really delete: it cannot be undone.")
        boolean yes;

        DeleteOffsets(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (!yes) {
                throw new ParameterException(command.commandLine(), "deleting the offsets of " + group + " on "
                        + topic + " cannot be undone: add --yes to confirm");
            }
            int partitions = withSession(context, connection,
                    s -> s.groups().deleteOffsets(group, topic, connection.timeout()));
            context.out().println("Deleted the offsets of group " + group + " on " + topic + " (" + partitions
                    + " partition" + (partitions == 1 ? "" : "s") + ").");
            return Cli.OK;
        }
    }
}
