package io.partita.kafka;

import io.partita.model.ElectionResult;
import io.partita.model.ReassignmentPlan;
import io.partita.model.ReassignmentProgress;
import io.partita.model.TopicPartitionRef;
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
import org.apache.kafka.clients.admin.AlterConfigsOptions;
import org.apache.kafka.clients.admin.AlterPartitionReassignmentsOptions;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ElectLeadersOptions;
import org.apache.kafka.clients.admin.ListPartitionReassignmentsOptions;
import org.apache.kafka.clients.admin.NewPartitionReassignment;
import org.apache.kafka.clients.admin.PartitionReassignment;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.ElectionType;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
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
     * Starts the reassignment. With {@code throttleBytesPerSec} set, the replicas that send and receive data are
     * throttled the way kafka-reassign-partitions does it: the rate on every broker involved (old and new
     * replicas), and only the moving partitions listed as throttled. {@link #clearThrottle} removes it when done.
     */
    @Mutating
    public void execute(ReassignmentPlan plan, Long throttleBytesPerSec, Duration timeout) {
        guard.check("reassign partitions");
        if (plan.partitions().isEmpty()) {
            return;
        }
        Deadline deadline = Deadline.in(timeout);
        if (throttleBytesPerSec != null) {
            throttle(plan, throttleBytesPerSec, currentReplicas(plan, deadline), deadline);
        }
        Map<TopicPartition, Optional<NewPartitionReassignment>> request = new HashMap<>();
        plan.partitions().forEach(m -> request.put(new TopicPartition(m.topic(), m.partition()),
                Optional.of(new NewPartitionReassignment(m.replicas()))));
        Futures.get(admin.alterPartitionReassignments(request,
                        new AlterPartitionReassignmentsOptions().timeoutMs(deadline.remainingMs())).all(),
                deadline.remaining(), "reassign partitions");
    }

    /** Cancels the running reassignments of these partitions (replicas go back to the original set). */
    @Mutating
    public void cancel(Collection<ReassignmentPlan.Move> moves, Duration timeout) {
        guard.check("cancel reassignment");
        if (moves.isEmpty()) {
            return;
        }
        Map<TopicPartition, Optional<NewPartitionReassignment>> request = new HashMap<>();
        moves.forEach(m -> request.put(new TopicPartition(m.topic(), m.partition()), Optional.empty()));
        Futures.get(admin.alterPartitionReassignments(request,
                        new AlterPartitionReassignmentsOptions().timeoutMs((int) timeout.toMillis())).all(),
                timeout, "cancel reassignment");
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
     * Elects the preferred leader of the given partitions (every partition of the cluster when empty). Partitions
     * already led by their preferred replica are neither elected nor failed; the others that could not be elected
     * (preferred replica down, not in the ISR) are reported with the broker's reason instead of failing the rest.
     */
    @Mutating
    public ElectionResult electPreferredLeaders(Set<TopicPartitionRef> partitions, Duration timeout) {
        guard.check("elect leaders");
        Set<TopicPartition> request = null;
        if (!partitions.isEmpty()) {
            request = new HashSet<>();
            for (TopicPartitionRef p : partitions) {
                request.add(new TopicPartition(p.topic(), p.partition()));
            }
        }
        var results = Futures.get(admin.electLeaders(ElectionType.PREFERRED, request,
                new ElectLeadersOptions().timeoutMs((int) timeout.toMillis())).partitions(), timeout, "elect leaders");
        List<TopicPartitionRef> elected = new ArrayList<>();
        Map<TopicPartitionRef, String> failed = new HashMap<>();
        results.forEach((tp, error) -> {
            TopicPartitionRef ref = new TopicPartitionRef(tp.topic(), tp.partition());
            if (error.isEmpty()) {
                elected.add(ref);
            } else if (!(error.get() instanceof ElectionNotNeededException)) {
                failed.put(ref, KafkaErrors.describe(error.get()));
            }
        });
        elected.sort(Comparator.comparing(TopicPartitionRef::topic).thenComparingInt(TopicPartitionRef::partition));
        return new ElectionResult(elected, failed);
    }

    /** Removes the throttle set by {@link #execute}: the rates on the brokers and the throttled-replica lists. */
    @Mutating
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
        if (ops.isEmpty()) {
            return;
        }
        Futures.get(admin.incrementalAlterConfigs(ops, new AlterConfigsOptions().timeoutMs((int) timeout.toMillis()))
                .all(), timeout, "clear throttle");
    }

    /** The replica lists the plan's partitions have now, in the plan's order. */
    private Map<TopicPartition, List<Integer>> currentReplicas(ReassignmentPlan plan, Deadline deadline) {
        Set<String> topics = new HashSet<>();
        plan.partitions().forEach(m -> topics.add(m.topic()));
        Map<String, TopicDescription> described = Futures.get(admin.describeTopics(topics,
                new DescribeTopicsOptions().timeoutMs(deadline.remainingMs())).allTopicNames(),
                deadline.remaining(), "describe topics to throttle");
        Map<TopicPartition, List<Integer>> result = new HashMap<>();
        described.values().forEach(t -> {
            for (TopicPartitionInfo p : t.partitions()) {
                result.put(new TopicPartition(t.name(), p.partition()), p.replicas().stream().map(Node::id).toList());
            }
        });
        return result;
    }

    private void throttle(ReassignmentPlan plan, long bytesPerSec, Map<TopicPartition, List<Integer>> current,
                          Deadline deadline) {
        Set<Integer> brokers = new HashSet<>();
        Map<String, List<String>> leaders = new HashMap<>();
        Map<String, List<String>> followers = new HashMap<>();
        for (ReassignmentPlan.Move m : plan.partitions()) {
            List<Integer> now = current.getOrDefault(new TopicPartition(m.topic(), m.partition()), List.of());
            brokers.addAll(now);
            brokers.addAll(m.replicas());
            if (now.equals(m.replicas())) {
                continue;
            }
            // Existing replicas may send data (leader side), new ones receive it (follower side).
            now.forEach(b -> leaders.computeIfAbsent(m.topic(), k -> new ArrayList<>()).add(m.partition() + ":" + b));
            m.replicas().stream().filter(b -> !now.contains(b)).forEach(b ->
                    followers.computeIfAbsent(m.topic(), k -> new ArrayList<>()).add(m.partition() + ":" + b));
        }
        Map<ConfigResource, Collection<AlterConfigOp>> ops = new HashMap<>();
        for (Integer broker : brokers) {
            ops.put(new ConfigResource(ConfigResource.Type.BROKER, broker.toString()), List.of(
                    set(LEADER_THROTTLE, Long.toString(bytesPerSec)),
                    set(FOLLOWER_THROTTLE, Long.toString(bytesPerSec))));
        }
        Set<String> topics = new HashSet<>(leaders.keySet());
        topics.addAll(followers.keySet());
        for (String t : topics) {
            List<AlterConfigOp> topicOps = new ArrayList<>();
            if (leaders.containsKey(t)) {
                topicOps.add(set(THROTTLED_LEADERS, String.join(",", leaders.get(t))));
            }
            if (followers.containsKey(t)) {
                topicOps.add(set(THROTTLED_FOLLOWERS, String.join(",", followers.get(t))));
            }
            ops.put(new ConfigResource(ConfigResource.Type.TOPIC, t), topicOps);
        }
        Futures.get(admin.incrementalAlterConfigs(ops, new AlterConfigsOptions().timeoutMs(deadline.remainingMs()))
                .all(), deadline.remaining(), "set replication throttle");
    }

    private static AlterConfigOp set(String key, String value) {
        return new AlterConfigOp(new ConfigEntry(key, value), AlterConfigOp.OpType.SET);
    }

    private static AlterConfigOp delete(String key) {
        return new AlterConfigOp(new ConfigEntry(key, null), AlterConfigOp.OpType.DELETE);
    }
}
