package io.partita.kafka;

import io.partita.model.AclEntry;
import io.partita.model.AclOperation;
import io.partita.model.AclPatternType;
import io.partita.model.AclPermission;
import io.partita.model.AclQuery;
import io.partita.model.AclResourceType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateAclsOptions;
import org.apache.kafka.clients.admin.DeleteAclsOptions;
import org.apache.kafka.clients.admin.DeleteAclsResult;
import org.apache.kafka.clients.admin.DescribeAclsOptions;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.SecurityDisabledException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.resource.ResourceType;

/**
 * ACL bindings: list with a filter, create, delete what matches. Mutations check the {@link MutationGuard} before any
 * network call. Synchronous and bounded by the timeout given; call from background threads only. A cluster without
 * an authorizer fails every call with {@link NoAuthorizerException}.
 */
public final class AclAdmin {

    private static final Comparator<AclEntry> ORDER = Comparator.comparing(AclEntry::resourceType)
            .thenComparing(AclEntry::resourceName).thenComparing(AclEntry::patternType)
            .thenComparing(AclEntry::principal).thenComparing(AclEntry::operation)
            .thenComparing(AclEntry::permission).thenComparing(AclEntry::host);

    private final Admin admin;
    private final MutationGuard guard;

    public AclAdmin(Admin admin, MutationGuard guard) {
        this.admin = admin;
        this.guard = guard;
    }

    /** The bindings matching {@code query}, sorted by resource, then principal and operation. */
    public List<AclEntry> list(AclQuery query, Duration timeout) {
        Collection<AclBinding> bindings = call(() -> Futures.get(admin.describeAcls(filter(query),
                new DescribeAclsOptions().timeoutMs((int) timeout.toMillis())).values(), timeout, "describe ACLs"));
        return bindings.stream().map(AclAdmin::entry).sorted(ORDER).toList();
    }

    /** Creates the bindings (all or, when the broker refuses one, possibly only some). */
    @Mutating
    public void create(List<AclEntry> entries, Duration timeout) {
        guard.check("create ACLs");
        for (AclEntry entry : entries) {
            entry.problem().ifPresent(problem -> {
                throw new IllegalArgumentException(entry.describe() + ": " + problem);
            });
        }
        List<AclBinding> bindings = entries.stream().map(AclAdmin::binding).toList();
        Deadline deadline = Deadline.in(timeout);
        call(() -> Futures.get(admin.createAcls(bindings, new CreateAclsOptions().timeoutMs(deadline.remainingMs()))
                .all(), deadline.remaining(), "alter ACLs (create)"));
        awaitListed(entries, true, deadline);
    }

    /**
     * Deletes every binding matching {@code query}. A query that matches everything is refused: delete the listed
     * bindings one by one instead ({@link #deleteExactly}).
     *
     * @return the bindings that were deleted
     */
    @Mutating
    public List<AclEntry> delete(AclQuery query, Duration timeout) {
        guard.check("delete ACLs");
        if (query.matchesEverything()) {
            throw new IllegalArgumentException("refusing to delete every ACL of the cluster: narrow the filter");
        }
        return deleteMatching(List.of(filter(query)), timeout);
    }

    /** Deletes exactly these bindings (e.g. the rows selected in a table); returns those the broker deleted. */
    @Mutating
    public List<AclEntry> deleteExactly(List<AclEntry> entries, Duration timeout) {
        guard.check("delete ACLs");
        if (entries.isEmpty()) {
            return List.of();
        }
        return deleteMatching(entries.stream().map(e -> filter(AclQuery.exactly(e))).toList(), timeout);
    }

    private List<AclEntry> deleteMatching(List<AclBindingFilter> filters, Duration timeout) {
        Deadline deadline = Deadline.in(timeout);
        DeleteAclsResult result = admin.deleteAcls(filters, new DeleteAclsOptions().timeoutMs(deadline.remainingMs()));
        Collection<AclBinding> deleted = call(() -> Futures.get(result.all(), deadline.remaining(),
                "alter ACLs (delete)"));
        List<AclEntry> entries = deleted.stream().map(AclAdmin::entry).sorted(ORDER).toList();
        awaitListed(entries, false, deadline);
        return entries;
    }

    /**
     * The controller commits a change before the broker's authorizer applies it: wait (bounded) until the broker
     * lists it, so a refresh shows the change and the next request is judged by it.
     */
    private void awaitListed(List<AclEntry> entries, boolean listed, Deadline deadline) {
        for (AclEntry entry : entries) {
            while (list(AclQuery.exactly(entry), Duration.ofMillis(Math.max(200, deadline.remainingMs())))
                    .contains(entry) != listed) {
                if (deadline.remaining().toMillis() <= 50) {
                    throw new KafkaOperationException("the ACL change was made but the broker does not show it yet; "
                            + "refresh in a moment");
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new KafkaOperationException("interrupted while waiting for the ACL change", e);
                }
            }
        }
    }

    /** Turns "no authorizer" into its own exception, so callers can show it as a state rather than an error. */
    private static <T> T call(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (KafkaOperationException e) {
            if (e.getCause() instanceof SecurityDisabledException) {
                throw new NoAuthorizerException(e.getCause());
            }
            throw e;
        }
    }

    static AclBinding binding(AclEntry e) {
        return new AclBinding(new ResourcePattern(ResourceType.valueOf(e.resourceType().name()), e.resourceName(),
                PatternType.valueOf(e.patternType().name())),
                new AccessControlEntry(e.principal(), e.host(), org.apache.kafka.common.acl.AclOperation.valueOf(
                        e.operation().name()), AclPermissionType.valueOf(e.permission().name())));
    }

    static AclBindingFilter filter(AclQuery q) {
        ResourcePatternFilter pattern = new ResourcePatternFilter(
                q.resourceType() == null ? ResourceType.ANY : ResourceType.valueOf(q.resourceType().name()),
                q.resourceName(),
                q.patternType() == null ? PatternType.ANY : PatternType.valueOf(q.patternType().name()));
        AccessControlEntryFilter entry = new AccessControlEntryFilter(q.principal(), q.host(),
                q.operation() == null ? org.apache.kafka.common.acl.AclOperation.ANY
                        : org.apache.kafka.common.acl.AclOperation.valueOf(q.operation().name()),
                q.permission() == null ? AclPermissionType.ANY : AclPermissionType.valueOf(q.permission().name()));
        return new AclBindingFilter(pattern, entry);
    }

    static AclEntry entry(AclBinding b) {
        return new AclEntry(b.entry().principal(), b.entry().host(),
                AclOperation.valueOf(b.entry().operation().name()),
                AclPermission.valueOf(b.entry().permissionType().name()),
                AclResourceType.valueOf(b.pattern().resourceType().name()), b.pattern().name(),
                AclPatternType.valueOf(b.pattern().patternType().name()));
    }
}
