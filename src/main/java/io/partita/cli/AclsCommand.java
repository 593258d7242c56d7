package io.partita.cli;

import io.partita.kafka.ClusterSession;
import io.partita.model.AclEntry;
import io.partita.model.AclOperation;
import io.partita.model.AclPatternType;
import io.partita.model.AclPermission;
import io.partita.model.AclResourceType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code partita acls list|create|delete}: ACL bindings of a cluster that has an authorizer. */
@Command(name = "acls", description = "List, create and delete ACL bindings (the cluster needs an authorizer).",
        subcommands = {AclsCommand.ListAcls.class, AclsCommand.Create.class, AclsCommand.Delete.class})
final class AclsCommand {

    private AclsCommand() {
    }

    /** One element of {@code acls list --json}; field names are part of the CLI's contract. */
    static Map<String, Object> json(AclEntry e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("principal", e.principal());
        json.put("host", e.host());
        json.put("operation", e.operation().name());
        json.put("permission", e.permission().name());
        json.put("resourceType", e.resourceType().name());
        json.put("resourceName", e.resourceName());
        json.put("patternType", e.patternType().name());
        return json;
    }

    static void print(CliContext context, List<AclEntry> entries) {
        TextTable table = new TextTable("PRINCIPAL", "HOST", "PERMISSION", "OPERATION", "RESOURCE TYPE", "RESOURCE",
                "PATTERN");
        entries.forEach(e -> table.row(e.principal(), e.host(), e.permission(), e.operation(), e.resourceType(),
                e.resourceName(), e.patternType()));
        table.print(context.out(), "");
    }

    @Command(name = "list", description = "ACL bindings matching the filter options (all when none is given).")
    static final class ListAcls implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        ConnectionOptions connection;

        @Mixin
        AclOptions filter;

        @Option(names = "--json", description = "One JSON array of {principal, host, operation, permission, "
                + "resourceType, resourceName, patternType}.")
        boolean json;

        ListAcls(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<AclEntry> entries;
            try (ClusterSession session = CliSessions.open(connection, context)) {
                entries = session.acls().list(filter.query(), connection.timeout());
            }
            if (json) {
                context.printJson(entries.stream().map(AclsCommand::json).toList());
            } else {
                print(context, entries);
            }
            return Cli.OK;
        }
    }

    @Command(name = "create", description = "Create one binding per --operation for the principal on the resource.")
    static final class Create implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        ConnectionOptions connection;

        @Option(names = "--principal", paramLabel = "TYPE:NAME", required = true, description = "e.g. User:alice")
        String principal;

        @Option(names = "--host", paramLabel = "HOST", defaultValue = "*",
                description = "An IP address, or * for any host (default).")
        String host;

        @Option(names = "--operation", paramLabel = "OP", required = true,
                description = "Repeat for more. One of: ${COMPLETION-CANDIDATES}.")
        List<AclOperation> operations = new ArrayList<>();

        @Option(names = "--permission", paramLabel = "ALLOW|DENY", defaultValue = "ALLOW",
                description = "Default: ${DEFAULT-VALUE}.")
        AclPermission permission;

        @Option(names = "--resource-type", paramLabel = "TYPE", required = true,
                description = "One of: ${COMPLETION-CANDIDATES}.")
        AclResourceType resourceType;

        @Option(names = "--resource-name", paramLabel = "NAME", description = "The name, or the prefix with "
                + "--pattern-type PREFIXED; * for every resource of the type. Not needed for CLUSTER.")
        String resourceName;

        @Option(names = "--pattern-type", paramLabel = "LITERAL|PREFIXED", defaultValue = "LITERAL",
                description = "Default: ${DEFAULT-VALUE}.")
        AclPatternType patternType;

        Create(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<AclEntry> entries = operations.stream().distinct().map(op -> new AclEntry(principal, host, op,
                    permission, resourceType, resourceName, patternType)).toList();
            for (AclEntry entry : entries) {
                entry.problem().ifPresent(problem -> {
                    throw new IllegalArgumentException(problem);
                });
            }
            try (ClusterSession session = CliSessions.open(connection, context)) {
                session.acls().create(entries, connection.timeout());
            }
            entries.forEach(e -> context.out().println("Created: " + e.describe()));
            return Cli.OK;
        }
    }

    @Command(name = "delete", description = "Delete every binding matching the filter options (at least one "
            + "is required).")
    static final class Delete implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        ConnectionOptions connection;

        @Mixin
        AclOptions filter;

        @Option(names = "--yes", description = "Required: confirms the deletion; without it the matching bindings "
                + "are only listed.")
        boolean yes;

        Delete(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (filter.query().matchesEverything()) {
                throw new IllegalArgumentException("give at least one filter option: deleting every ACL of a cluster "
                        + "is not offered");
            }
            try (ClusterSession session = CliSessions.open(connection, context)) {
                if (!yes) {
                    List<AclEntry> matching = session.acls().list(filter.query(), connection.timeout());
                    print(context, matching);
                    throw new IllegalArgumentException(matching.size() + " binding(s) match; deleting them cannot "
                            + "be undone: add --yes to confirm");
                }
                List<AclEntry> deleted = session.acls().delete(filter.query(), connection.timeout());
                deleted.forEach(e -> context.out().println("Deleted: " + e.describe()));
                context.out().println(deleted.size() + " binding(s) deleted.");
            }
            return Cli.OK;
        }
    }
}
