package io.partita.kafka;

import io.partita.model.GroupDetail;
import io.partita.model.GroupList;
import io.partita.model.GroupSummary;
import io.partita.model.OffsetResetPlan;
import io.partita.model.OffsetResetSpec;
import io.partita.model.ResetScope;
import io.partita.model.TopicGroupLag;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;

/**
 * Consumer groups: the list with lag (in batches, for clusters with thousands of groups), one group in detail,
 * lag per topic for the topics list, offset resets (dry run, then execute), deleting a group and deleting a
 * group's offsets on a topic.
 *
 * <p>Every method is synchronous and bounded by the timeout it is given (the whole operation, not each call);
 * call from background threads only. Mutating methods check the {@link MutationGuard} before any network call and
 * refuse with {@link GroupActiveException} while the group has members. Errors are
 * {@link KafkaOperationException}s phrased for people; bad input is an {@link IllegalArgumentException}.
 */
public final class GroupAdmin {

    private final GroupLister lister;
    private final GroupInspector inspector;
    private final GroupMutations mutations;

    public GroupAdmin(Admin admin, MutationGuard guard) {
        this.lister = new GroupLister(admin);
        this.inspector = new GroupInspector(admin);
        this.mutations = new GroupMutations(admin, guard);
    }

    /**
     * Every group, sorted by id, with type, state, assignor, members, coordinator, topics and total lag.
     * {@code onBatch} receives rows as each batch of {@value GroupLister#BATCH} groups is read (on the calling
     * thread); a group that cannot be described or read keeps its row with the reason in {@code error}.
     */
    public GroupList list(Duration timeout, Consumer<List<GroupSummary>> onBatch) {
        return lister.list(Deadline.in(timeout), onBatch);
    }

    /** Members and per-partition committed offset, log end, lag (null when nothing committed) and owner. */
    public GroupDetail describe(String groupId, Duration timeout) {
        return inspector.describe(groupId, Deadline.in(timeout));
    }

    /**
     * For the topics list: per topic, the consumer groups with committed offsets on it and the largest group lag.
     * Costs one group listing, one committed-offsets request per 250 groups and one end-offsets request in all.
     *
     * @param topics the topics to report (each gets an entry, with no groups when none reads it); empty = every
     *               topic some group has committed on
     */
    public Map<String, TopicGroupLag> lagByTopic(Collection<String> topics, Duration timeout) {
        return lister.lagByTopic(topics, Deadline.in(timeout));
    }

    /** A dry run of an offset reset; reads only, so allowed on read-only profiles and for active groups. */
    public OffsetResetPlan planReset(String groupId, OffsetResetSpec spec, ResetScope scope, Duration timeout) {
        return mutations.plan(groupId, spec, scope, Deadline.in(timeout));
    }

    /**
     * Commits exactly the plan's offsets. Refused on read-only profiles, and while the group has members.
     *
     * @return the number of partitions committed
     */
    @Mutating
    public int executeReset(OffsetResetPlan plan, Duration timeout) {
        return mutations.execute(plan, Deadline.in(timeout));
    }

    /** Deletes the group (its committed offsets go with it). Refused while it has members. */
    @Mutating
    public void delete(String groupId, Duration timeout) {
        mutations.delete(groupId, Deadline.in(timeout));
    }

    /**
     * Deletes the group's committed offsets on one topic.
     *
     * @return the number of partitions whose offsets were deleted
     */
    @Mutating
    public int deleteOffsets(String groupId, String topic, Duration timeout) {
        return mutations.deleteOffsets(groupId, topic, Deadline.in(timeout));
    }
}
