package io.partita.kafka;

import io.partita.model.BrokerNode;
import io.partita.model.ClusterInfo;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * Cluster-level reads over one {@link Admin}. Synchronous; each method is bounded by the timeout given to it.
 * Call from background threads only.
 */
public final class ClusterAdmin {

    private final Admin admin;

    public ClusterAdmin(Admin admin) {
        this.admin = admin;
    }

    /** Cluster id, controller, brokers and partition health of every topic (internal ones included). */
    public ClusterInfo describe(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        DescribeClusterResult cluster = admin.describeCluster(
                new DescribeClusterOptions().timeoutMs(remainingMs(deadline)));
        String clusterId = Futures.get(cluster.clusterId(), remaining(deadline), "describe cluster");
        Node controller = Futures.get(cluster.controller(), remaining(deadline), "describe cluster");
        List<BrokerNode> brokers = Futures.get(cluster.nodes(), remaining(deadline), "describe cluster").stream()
                .map(ClusterAdmin::toBroker)
                .sorted(Comparator.comparingInt(BrokerNode::id))
                .toList();

        Set<String> names = Futures.get(
                admin.listTopics(new ListTopicsOptions().listInternal(true).timeoutMs(remainingMs(deadline))).names(),
                remaining(deadline), "list topics");
        Map<String, TopicDescription> topics = names.isEmpty() ? Map.of() : Futures.get(
                admin.describeTopics(names, new DescribeTopicsOptions().timeoutMs(remainingMs(deadline)))
                        .allTopicNames(),
                remaining(deadline), "describe topics");

        int partitions = 0;
        int underReplicated = 0;
        int offline = 0;
        for (TopicDescription topic : topics.values()) {
            for (TopicPartitionInfo p : topic.partitions()) {
                partitions++;
                if (p.leader() == null || p.leader().isEmpty()) {
                    offline++;
                }
                if (p.isr().size() < p.replicas().size()) {
                    underReplicated++;
                }
            }
        }
        BrokerNode controllerNode = controller == null || controller.isEmpty() ? null : toBroker(controller);
        return new ClusterInfo(clusterId, controllerNode, brokers, topics.size(), partitions, underReplicated, offline);
    }

    /** The brokers that are alive now (describeCluster only: cheap, unlike {@link #describe}). */
    public List<BrokerNode> liveBrokers(Duration timeout) {
        return Futures.get(admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                .nodes(), timeout, "describe cluster").stream()
                .map(ClusterAdmin::toBroker).sorted(Comparator.comparingInt(BrokerNode::id)).toList();
    }

    static BrokerNode toBroker(Node node) {
        return new BrokerNode(node.id(), node.host(), node.port(), node.rack());
    }

    private static Duration remaining(long deadlineNanos) {
        return Duration.ofNanos(Math.max(1_000_000L, deadlineNanos - System.nanoTime()));
    }

    private static int remainingMs(long deadlineNanos) {
        return (int) Math.max(1, remaining(deadlineNanos).toMillis());
    }
}
