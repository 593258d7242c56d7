package io.partita.sandbox;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

/** The admin steps of the demo loader: create topics if missing, read end offsets. All bounded by the deadline. */
final class DemoTopics {

    private final Admin admin;
    private final Deadline deadline;

    DemoTopics(Admin admin, Deadline deadline) {
        this.admin = admin;
        this.deadline = deadline;
    }

    /** Creates the topics that do not exist yet; existing ones are kept as they are. */
    void create(Collection<NewTopic> topics) {
        Map<String, KafkaFuture<Void>> results = admin.createTopics(topics).values();
        results.forEach((name, result) -> {
            try {
                deadline.await(result, "create topic " + name);
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        });
    }

    boolean isEmpty(String topic) {
        return endOffsets(topic).values().stream().allMatch(end -> end == 0);
    }

    Map<TopicPartition, Long> endOffsets(String topic) {
        TopicDescription description = deadline.await(
                admin.describeTopics(List.of(topic)).allTopicNames(), "describe topic " + topic).get(topic);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> infos = deadline.await(
                admin.listOffsets(latest).all(), "read the end offsets of " + topic);
        Map<TopicPartition, Long> ends = new HashMap<>();
        infos.forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }
}
