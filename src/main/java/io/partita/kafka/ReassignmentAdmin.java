package io.partita.kafka;

import io.partita.model.ReassignmentPlan;
import io.partita.model.ReassignmentProgress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ElectLeadersOptions;
import org.apache.kafka.clients.admin.ListPartitionReassignmentsOptions;
import org.apache.kafka.clients.admin.NewPartitionReassignment;
import org.apache.kafka.clients.admin.PartitionReassignment;
import org.apache.kafka.common.ElectionType;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.ElectionNotNeededException;

/**
 * Partition reassignment (with an optional replication throttle) and preferred leader election.
 * Mutations check the {@link MutationGuard} first. Synchronous and bounded.
 */
public final class ReassignmentAdmin {

    static final String LEADER_THROTTLE = "leader.replication.throttled.rate";
    static final String FOLLOWER_THROTTLE = "follower.replication.throttled.rate";
    static final String THROTTLED_LEADERS = "leader.replication.throttled.replicas";
    static final String THROTTLED_FOLLOWERS = "follower.replication.throttled.replicas";

    private final Admin admin;
    private final MutationGuard guard;

    public ReassignmentAdmin(Admin admin, MutationGuard guard) {
        this.admin = admin;
        this.guard = guard;
    }

    /**
     * Starts the reassignment. With {@code throttleBytesPerSec} set, the brokers involved get a replication throttle
     * and the moved topics are marked throttled; {@link #clearThrottle} removes it when the move is done.
     */
    public void execute(ReassignmentPlan plan, Long throttleBytesPerSec, Duration timeout) {
        guard.check("reassign partitions");
        Deadline deadline = Deadline.in(timeout);
        if (throttleBytesPerSec != null) {
            throttle(plan, throttleBytesPerSec, deadline);
        }
        Map<TopicPartition, Optional<NewPartitionReassignment>> request = new HashMap<>();
        plan.partitions().forEach(m -> request.put(new TopicPartition(m.topic(), m.partition()),
                Optional.of(new NewPartitionReassignment(m.replicas()))));
        Futures.get(admin.alterPartitionReassignments(request).all(), deadline.remaining(), "reassign partitions");
    }

    /** Cancels the running reassignments of these partitions (replicas go back to the original set). */
    public void cancel(Collection<ReassignmentPlan.Move> moves, Duration timeout) {
        guard.check("cancel reassignment");
        Map<TopicPartition, Optional<NewPartitionReassignment>> request = new HashMap<>();
        moves.forEach(m -> request.put(new TopicPartition(m.topic(), m.partition()), Optional.empty()));
        Futures.get(admin.alterPartitionReassignments(request).all(), timeout, "cancel reassignment");
    }

    /** Reassignments still in progress; empty when everything has finished. */
    public List<ReassignmentProgress> inProgress(Duration timeout) {
        Map<TopicPartition, PartitionReassignment> running = Futures.get(admin.listPartitionReassignments(
                new ListPartitionReassignmentsOptions().timeoutMs((int) timeout.toMillis())).reassignments(),
                timeout, "list reassignments");
        List<ReassignmentProgress> result = new ArrayList<>();
        running.forEach((tp, r) -> result.add(new ReassignmentProgress(tp.topic(), tp.partition(), r.replicas(),
                r.addingReplicas(), r.removingReplicas())));
        result.sort(Comparator.comparing(ReassignmentProgress::topic).thenComparingInt(ReassignmentProgress::partition));
        return result;
    }

    /**
     * Elects the preferred leader of the given partitions (all partitions when empty).
     *
     * @return partitions whose leader moved; partitions already led by their preferred replica are not errors
     */
    public Set<String> electPreferredLeaders(Set<ReassignmentPlan.Move> partitions, Duration timeout) {
        guard.check("elect leaders");
        Set<TopicPartition> request = partitions.isEmpty() ? null : new HashSet<>();
        partitions.forEach(m -> request.add(new TopicPartition(m.topic(), m.partition())));
        var results = Futures.get(admin.electLeaders(ElectionType.PREFERRED, request,
                new ElectLeadersOptions().timeoutMs((int) timeout.toMillis())).partitions(), timeout, "elect leaders");
        Set<String> moved = new HashSet<>();
        results.forEach((tp, error) -> {
            if (error.isEmpty()) {
                moved.add(tp.toString());
            } else if (!(error.get() instanceof ElectionNotNeededException)) {
                throw new KafkaOperationException("elect leaders: " + tp + ": " + KafkaErrors.describe(error.get()),
                        error.get());
            }
        });
        return moved;
    }

    /** Removes the throttle set by {@link #execute}: the rates on the brokers and the throttled-replica lists. */
    public void clearThrottle(ReassignmentPlan plan, Collection<Integer> brokerIds, Duration timeout) {
        guard.check("clear replication throttle");
        Map<ConfigResource, Collection<AlterConfigOp>> ops = new HashMap<>();
        for (Integer broker : brokerIds) {
            ops.put(new ConfigResource(ConfigResource.Type.BROKER, broker.toString()),
                    List.of(delete(LEADER_THROTTLE), delete(FOLLOWER_THROTTLE)));
        }
        plan.partitions().stream().map(ReassignmentPlan.Move::topic).distinct().forEach(t ->
                ops.put(new ConfigResource(ConfigResource.Type.TOPIC, t),
                        List.of(delete(THROTTLED_LEADERS), delete(THROTTLED_FOLLOWERS))));
        Futures.get(admin.incrementalAlterConfigs(ops).all(), timeout, "clear throttle");
    }

    private void throttle(ReassignmentPlan plan, long bytesPerSec, Deadline deadline) {
        Map<ConfigResource, Collection<AlterConfigOp>> ops = new HashMap<>();
        Set<Integer> brokers = new HashSet<>();
        plan.partitions().forEach(m -> brokers.addAll(m.replicas()));
        for (Integer broker : brokers) {
            ops.put(new ConfigResource(ConfigResource.Type.BROKER, broker.toString()), List.of(
                    set(LEADER_THROTTLE, Long.toString(bytesPerSec)),
                    set(FOLLOWER_THROTTLE, Long.toString(bytesPerSec))));
        }
        plan.partitions().stream().map(ReassignmentPlan.Move::topic).distinct().forEach(t ->
                ops.put(new ConfigResource(ConfigResource.Type.TOPIC, t),
                        List.of(set(THROTTLED_LEADERS, "*"), set(THROTTLED_FOLLOWERS, "*"))));
        Futures.get(admin.incrementalAlterConfigs(ops).all(), deadline.remaining(), "set replication throttle");
    }

    private static AlterConfigOp set(String key, String value) {
        return new AlterConfigOp(new ConfigEntry(key, value), AlterConfigOp.OpType.SET);
    }

    private static AlterConfigOp delete(String key) {
        return new AlterConfigOp(new ConfigEntry(key, null), AlterConfigOp.OpType.DELETE);
    }
}
