package io.partita.cli;

import io.partita.model.AclOperation;
import io.partita.model.AclPatternType;
import io.partita.model.AclPermission;
import io.partita.model.AclQuery;
import io.partita.model.AclResourceType;
import picocli.CommandLine.Option;

/** The binding filter of {@code acls list} and {@code acls delete}: every option left out matches anything. */
final class AclOptions {

    @Option(names = "--principal", paramLabel = "TYPE:NAME", description = "e.g. User:alice")
    String principal;

    @Option(names = "--host", paramLabel = "HOST", description = "An IP address, or * for the any-host bindings.")
    String host;

    @Option(names = "--operation", paramLabel = "OP", description = "One of: ${COMPLETION-CANDIDATES}.")
    AclOperation operation;

    @Option(names = "--permission", paramLabel = "ALLOW|DENY")
    AclPermission permission;

    @Option(names = "--resource-type", paramLabel = "TYPE", description = "One of: ${COMPLETION-CANDIDATES}.")
    AclResourceType resourceType;

    @Option(names = "--resource-name", paramLabel = "NAME", description = "The binding's resource name or prefix, "
            + "exactly.")
    String resourceName;

    @Option(names = "--pattern-type", paramLabel = "LITERAL|PREFIXED")
    AclPatternType patternType;

    AclQuery query() {
        return new AclQuery(principal, host, operation, permission, resourceType, resourceName, patternType);
    }
}
