package io.partita.ui.groups;

import io.partita.kafka.ClusterSession;
import io.partita.model.GroupDetail;
import io.partita.model.GroupList;
import io.partita.model.GroupSummary;
import io.partita.model.OffsetResetPlan;
import io.partita.model.OffsetResetSpec;
import io.partita.model.ResetScope;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** The groups screens' backend on a connected session; every call bounded by {@code timeout}. */
final class SessionGroupsBackend implements GroupsBackend {

    /** Listing thousands of groups takes several requests per batch: give it more room than a single call. */
    private static final Duration LIST_TIMEOUT = Duration.ofSeconds(60);

    private final ClusterSession session;
    private final Duration timeout;

    SessionGroupsBackend(ClusterSession session, Duration timeout) {
        this.session = session;
        this.timeout = timeout;
    }

    @Override
    public GroupList list(Consumer<List<GroupSummary>> onBatch) {
        return session.groups().list(LIST_TIMEOUT, onBatch);
    }

    @Override
    public GroupDetail describe(String groupId) {
        return session.groups().describe(groupId, timeout);
    }

    @Override
    public OffsetResetPlan planReset(String groupId, OffsetResetSpec spec, ResetScope scope) {
        return session.groups().planReset(groupId, spec, scope, timeout);
    }

    @Override
    public int executeReset(OffsetResetPlan plan) {
        return session.groups().executeReset(plan, timeout);
    }

    @Override
    public void delete(String groupId) {
        session.groups().delete(groupId, timeout);
    }

    @Override
    public int deleteOffsets(String groupId, String topic) {
        return session.groups().deleteOffsets(groupId, topic, timeout);
    }

    @Override
    public boolean allowsMutations() {
        return session.allowsMutations();
    }
}
