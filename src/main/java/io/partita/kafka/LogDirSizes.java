package io.partita.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeLogDirsOptions;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Bytes on disk per partition and topic, summed over every replica on every broker (describeLogDirs). */
final class LogDirSizes {

    private static final Logger LOG = LoggerFactory.getLogger(LogDirSizes.class);
    private final Admin admin;

    LogDirSizes(Admin admin) {
        this.admin = admin;
    }

    /** Empty when the sizes cannot be read (e.g. not authorized): sizes are a nice-to-have, not a failure. */
    Map<String, Long> perTopic(Deadline deadline) {
        Map<String, Long> result = new HashMap<>();
        perPartition(null, deadline).forEach((tp, bytes) -> result.merge(tp.topic(), bytes, Long::sum));
        return result;
    }

    /** @param topics null for all topics */
    Map<TopicPartition, Long> perPartition(Set<String> topics, Deadline deadline) {
        Map<TopicPartition, Long> result = new HashMap<>();
        try {
            var brokers = Futures.get(admin.describeCluster(new DescribeClusterOptions()
                            .timeoutMs(deadline.remainingMs())).nodes(), deadline.remaining(), "describe cluster")
                    .stream().map(Node::id).toList();
            Map<Integer, Map<String, LogDirDescription>> dirs = Futures.get(admin.describeLogDirs(brokers,
                            new DescribeLogDirsOptions().timeoutMs(deadline.remainingMs())).allDescriptions(),
                    deadline.remaining(), "describe log dirs");
            for (Map<String, LogDirDescription> perDir : dirs.values()) {
                for (LogDirDescription dir : perDir.values()) {
                    for (Map.Entry<TopicPartition, ReplicaInfo> e : dir.replicaInfos().entrySet()) {
                        // A future replica is a copy being moved between log dirs: counting it would count twice.
                        if ((topics == null || topics.contains(e.getKey().topic())) && !e.getValue().isFuture()) {
                            result.merge(e.getKey(), e.getValue().size(), Long::sum);
                        }
                    }
                }
            }
        } catch (KafkaOperationException e) {
            LOG.info("log dir sizes unavailable: {}", e.getMessage());
            return Map.of();
        }
        return result;
    }
}
