package io.partita.kafka;

import io.partita.model.BrokerNode;
import io.partita.model.BrokerSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeLogDirsOptions;
import org.apache.kafka.clients.admin.DescribeMetadataQuorumOptions;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.QuorumInfo;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;

/** Brokers with their load: replicas, leaderships and bytes on disk. Synchronous and bounded. */
public final class BrokerAdmin {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BrokerAdmin.class);

    private final Admin admin;

    public BrokerAdmin(Admin admin) {
        this.admin = admin;
    }

    /**
     * Every live broker with its load. The controller flag marks the active KRaft controller when it is also a
     * broker (combined mode); with dedicated controllers no broker is flagged (see {@link #activeController}).
     */
    public List<BrokerSummary> brokers(Duration timeout) {
        Deadline deadline = Deadline.in(timeout);
        var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(deadline.remainingMs()));
        List<Node> nodes = new ArrayList<>(Futures.get(cluster.nodes(), deadline.remaining(), "describe cluster"));
        Integer controller = activeController(deadline.remaining()).orElse(null);
        Map<Integer, int[]> load = replicaLoad(deadline);
        Map<Integer, Long> bytes = logDirBytes(nodes.stream().map(Node::id).toList(), deadline);
        nodes.sort(java.util.Comparator.comparingInt(Node::id));
        return nodes.stream().map(n -> {
            int[] counts = load.getOrDefault(n.id(), new int[2]);
            BrokerNode node = ClusterAdmin.toBroker(n);
            return new BrokerSummary(node, controller != null && controller == n.id(), bytes.get(n.id()),
                    counts[0], counts[1]);
        }).toList();
    }

    /**
     * The node id of the active controller. On KRaft clusters this is the metadata quorum's leader (brokers report
     * a random broker as "controller" to clients, so describeCluster cannot tell); on older ZooKeeper clusters,
     * where the quorum API does not exist, describeCluster's controller.
     */
    public Optional<Integer> activeController(Duration timeout) {
        Deadline deadline = Deadline.in(timeout);
        try {
            QuorumInfo quorum = Futures.get(admin.describeMetadataQuorum(new DescribeMetadataQuorumOptions()
                    .timeoutMs(deadline.remainingMs())).quorumInfo(), deadline.remaining(), "describe quorum");
            return Optional.of(quorum.leaderId());
        } catch (KafkaOperationException e) {
            // Not KRaft (UnsupportedVersion) or not authorized to describe the quorum: the older answer is all we have.
            LOG.debug("describe quorum failed, falling back to describeCluster: {}", e.getMessage());
        }
        Node controller = Futures.get(admin.describeCluster(new DescribeClusterOptions()
                .timeoutMs(deadline.remainingMs())).controller(), deadline.remaining(), "describe cluster");
        return controller == null || controller.isEmpty() ? Optional.empty() : Optional.of(controller.id());
    }

    /** broker id → {replicas, leaders}. */
    private Map<Integer, int[]> replicaLoad(Deadline deadline) {
        var names = Futures.get(admin.listTopics(new ListTopicsOptions().listInternal(true)
                .timeoutMs(deadline.remainingMs())).names(), deadline.remaining(), "list topics");
        Map<Integer, int[]> load = new HashMap<>();
        if (names.isEmpty()) {
            return load;
        }
        Map<String, TopicDescription> topics = Futures.get(admin.describeTopics(names,
                new DescribeTopicsOptions().timeoutMs(deadline.remainingMs())).allTopicNames(),
                deadline.remaining(), "describe topics");
        for (TopicDescription t : topics.values()) {
            for (TopicPartitionInfo p : t.partitions()) {
                p.replicas().forEach(r -> load.computeIfAbsent(r.id(), k -> new int[2])[0]++);
                if (p.leader() != null && !p.leader().isEmpty()) {
                    load.computeIfAbsent(p.leader().id(), k -> new int[2])[1]++;
                }
            }
        }
        return load;
    }

    private Map<Integer, Long> logDirBytes(List<Integer> brokerIds, Deadline deadline) {
        Map<Integer, Long> result = new HashMap<>();
        try {
            Map<Integer, Map<String, LogDirDescription>> dirs = Futures.get(admin.describeLogDirs(brokerIds,
                    new DescribeLogDirsOptions().timeoutMs(deadline.remainingMs())).allDescriptions(),
                    deadline.remaining(), "describe log dirs");
            dirs.forEach((broker, perDir) -> result.put(broker, perDir.values().stream()
                    .flatMap(d -> d.replicaInfos().values().stream()).filter(r -> !r.isFuture())
                    .mapToLong(r -> r.size()).sum()));
        } catch (KafkaOperationException e) {
            return Map.of();
        }
        return result;
    }
}
