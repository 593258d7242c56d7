package io.partita.ui.groups;

import io.partita.model.GroupDetail;
import io.partita.model.GroupList;
import io.partita.model.GroupSummary;
import io.partita.model.OffsetResetPlan;
import io.partita.model.OffsetResetSpec;
import io.partita.model.ResetScope;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the groups screens need from the cluster. Every method blocks (bounded) and is called on a background thread
 * through the TaskRunner; tests pass an in-memory implementation.
 */
public interface GroupsBackend {

    /** The groups list; {@code onBatch} gets rows as they are read (on the calling background thread). */
    GroupList list(Consumer<List<GroupSummary>> onBatch);

    GroupDetail describe(String groupId);

    OffsetResetPlan planReset(String groupId, OffsetResetSpec spec, ResetScope scope);

    /** @return partitions committed */
    int executeReset(OffsetResetPlan plan);

    void delete(String groupId);

    /** @return partitions whose offsets were deleted */
    int deleteOffsets(String groupId, String topic);

    /** False on read-only profiles: mutating buttons are disabled (and the services refuse anyway). */
    boolean allowsMutations();
}
