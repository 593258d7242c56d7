package io.partita.kafka;

import io.partita.model.NewTopic;
import io.partita.model.PartitionDetail;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.CreatePartitionsOptions;
import org.apache.kafka.clients.admin.DeleteRecordsOptions;
import org.apache.kafka.clients.admin.DeleteTopicsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;

/**
 * Topic changes: create (validated by the broker first), delete, add partitions, delete records.
 * Every method checks the {@link MutationGuard} before any network call. Synchronous and bounded.
 */
public final class TopicMutations {

    private final Admin admin;
    private final MutationGuard guard;

    public TopicMutations(Admin admin, MutationGuard guard) {
        this.admin = admin;
        this.guard = guard;
    }

    /**
     * Asks the broker to validate the topic without creating it.
     *
     * @return the broker's reason when it would refuse, empty when it would accept
     */
    @Mutating
    public Optional<String> validate(NewTopic topic, Duration timeout) {
        guard.check("create topic");
        try {
            create(topic, true, timeout);
            return Optional.empty();
        } catch (KafkaOperationException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Validates with the broker, then creates. Throws with the broker's own message when refused. */
    @Mutating
    public void create(NewTopic topic, Duration timeout) {
        guard.check("create topic");
        Deadline deadline = Deadline.in(timeout);
        create(topic, true, deadline.remaining());
        create(topic, false, deadline.remaining());
        awaitListed(topic.name(), true, deadline);
        awaitHosted(admin, topic.name(), topic.partitions(), deadline.remaining());
    }

    /**
     * Waits (bounded) until every partition's leader hosts its log: the controller answers a create before the
     * brokers have made the logs, and a producer that writes at once can lose the race in a way it never recovers
     * from (its first batch is refused as unknown, a later one is accepted, and the retried first batch is then out
     * of sequence until it times out). A partition answers ListOffsets only once its log exists; the admin client
     * retries until then. Past the bound nothing fails: the topic exists, the caller just gets it a little early.
     */
    public static void awaitHosted(Admin admin, String topic, int partitions, Duration timeout) {
        Map<TopicPartition, OffsetSpec> all = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            all.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        int millis = (int) Math.max(1, timeout.toMillis());
        try {
            admin.listOffsets(all, new ListOffsetsOptions().timeoutMs(millis)).all().get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Still not hosted within the bound: the topic exists; the next writes will wait for it themselves.
        }
    }

    private void create(NewTopic topic, boolean validateOnly, Duration timeout) {
        var spec = new org.apache.kafka.clients.admin.NewTopic(topic.name(), Optional.of(topic.partitions()),
                Optional.of(topic.replicationFactor())).configs(topic.configs());
        var options = new CreateTopicsOptions().validateOnly(validateOnly).timeoutMs((int) timeout.toMillis());
        Futures.get(admin.createTopics(List.of(spec), options).all(), timeout,
                (validateOnly ? "validate topic " : "create topic ") + topic.name());
    }

    @Mutating
    public void delete(String topic, Duration timeout) {
        guard.check("delete topic");
        Deadline deadline = Deadline.in(timeout);
        Futures.get(admin.deleteTopics(List.of(topic), new DeleteTopicsOptions().timeoutMs(deadline.remainingMs()))
                .all(), deadline.remaining(), "delete topic " + topic);
        awaitListed(topic, false, deadline);
    }

    /**
     * The controller accepts a create or delete before every broker's metadata shows it; wait (bounded) until the
     * topic list agrees, so a refresh right after the change shows the change.
     */
    private void awaitListed(String topic, boolean listed, Deadline deadline) {
        while (true) {
            boolean present = Futures.get(admin.listTopics(new ListTopicsOptions().listInternal(true)
                    .timeoutMs(deadline.remainingMs())).names(), deadline.remaining(), "list topics").contains(topic);
            if (present == listed) {
                return;
            }
            if (deadline.remaining().toMillis() <= 50) {
                throw new KafkaOperationException("topic " + topic + (listed ? " was created" : " was deleted")
                        + " but the brokers do not show it yet; refresh in a moment");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaOperationException("interrupted while waiting for topic " + topic, e);
            }
        }
    }

    /** Grows the topic to {@code totalPartitions} (Kafka cannot shrink a topic). */
    @Mutating
    public void addPartitions(String topic, int totalPartitions, Duration timeout) {
        guard.check("add partitions");
        Deadline deadline = Deadline.in(timeout);
        Futures.get(admin.createPartitions(Map.of(topic, NewPartitions.increaseTo(totalPartitions)),
                        new CreatePartitionsOptions().timeoutMs(deadline.remainingMs())).all(), deadline.remaining(),
                "add partitions to " + topic);
        // New partitions have the same race as a new topic (see awaitHosted); the old ones answer at once.
        awaitHosted(admin, topic, totalPartitions, deadline.remaining());
    }

    /** Deletes records before {@code beforeOffset} in each given partition (offset -1 = up to the end). */
    @Mutating
    public void deleteRecords(String topic, Map<Integer, Long> beforeOffsetByPartition, Duration timeout) {
        guard.check("delete records");
        Map<TopicPartition, RecordsToDelete> request = new HashMap<>();
        beforeOffsetByPartition.forEach((p, offset) ->
                request.put(new TopicPartition(topic, p), RecordsToDelete.beforeOffset(offset)));
        Futures.get(admin.deleteRecords(request, new DeleteRecordsOptions().timeoutMs((int) timeout.toMillis()))
                .all(), timeout, "delete records of " + topic);
    }

    /** Empties the topic: deletes every record up to each partition's current end. */
    @Mutating
    public void empty(String topic, List<PartitionDetail> partitions, Duration timeout) {
        guard.check("empty topic");
        Map<Integer, Long> ends = new HashMap<>();
        partitions.stream().filter(p -> p.latestOffset() != null)
                .forEach(p -> ends.put(p.partition(), p.latestOffset()));
        deleteRecords(topic, ends, timeout);
    }
}
