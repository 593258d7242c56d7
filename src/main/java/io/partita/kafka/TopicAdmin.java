package io.partita.kafka;

import io.partita.model.PartitionDetail;
import io.partita.model.TopicSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.TopicListing;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Topic reads: the topics list (in batches, for clusters with thousands of topics) and per-partition details.
 * Synchronous, bounded by the timeout given to each method; call from background threads only.
 * Mutations live in {@link TopicMutations}.
 */
public final class TopicAdmin {

    /** Topics described per request: big enough to be quick, small enough to show progress on huge clusters. */
    static final int BATCH = 1000;

    private final Admin admin;
    private final LogDirSizes sizes;

    public TopicAdmin(Admin admin) {
        this.admin = admin;
        this.sizes = new LogDirSizes(admin);
    }

    /**
     * Lists topics sorted by name; {@code onBatch} receives rows as each batch is described (offsets included),
     * then the whole list with sizes is returned. Sizes stay null when describeLogDirs is not allowed.
     */
    public List<TopicSummary> list(boolean includeInternal, Duration timeout, Consumer<List<TopicSummary>> onBatch) {
        Deadline deadline = Deadline.in(timeout);
        List<String> names = names(includeInternal, deadline.remaining());
        List<TopicSummary> rows = new ArrayList<>(names.size());
        for (int from = 0; from < names.size(); from += BATCH) {
            List<TopicSummary> batch = summaries(names.subList(from, Math.min(names.size(), from + BATCH)),
                    deadline.remaining());
            rows.addAll(batch);
            onBatch.accept(batch);
        }
        return withSizes(rows, sizesPerTopic(deadline.remaining()));
    }

    /** Topic names sorted; the first step of a batched load (then {@link #summaries} per batch). */
    public List<String> names(boolean includeInternal, Duration timeout) {
        return Futures.get(admin.listTopics(new ListTopicsOptions().listInternal(includeInternal)
                        .timeoutMs((int) timeout.toMillis())).listings(), timeout, "list topics")
                .stream().map(TopicListing::name).sorted().toList();
    }

    /**
     * Rows for these topics (at most a few thousand per call) with partition health and message counts, without
     * sizes. Topics deleted since they were listed are left out.
     */
    public List<TopicSummary> summaries(List<String> names, Duration timeout) {
        if (names.isEmpty()) {
            return List.of();
        }
        Deadline deadline = Deadline.in(timeout);
        Map<String, TopicDescription> described = describeExisting(names, deadline);
        Map<TopicPartition, long[]> offsets = offsets(partitionsOf(described.values()), deadline);
        return names.stream().filter(described::containsKey).map(n -> summarize(described.get(n), offsets)).toList();
    }

    /** Bytes on disk per topic over all replicas; empty when describeLogDirs is not allowed. */
    public Map<String, Long> sizesPerTopic(Duration timeout) {
        return sizes.perTopic(Deadline.in(timeout));
    }

    /** The rows with their sizes filled in (0 for topics without replicas on disk); unchanged when none known. */
    public static List<TopicSummary> withSizes(List<TopicSummary> rows, Map<String, Long> bytes) {
        if (bytes.isEmpty()) {
            return rows;
        }
        return rows.stream().map(r -> r.withSize(bytes.getOrDefault(r.name(), 0L))).toList();
    }

    /** Partitions of one topic with leaders, replicas, ISR, offsets and sizes. */
    public List<PartitionDetail> partitions(String topic, Duration timeout) {
        Deadline deadline = Deadline.in(timeout);
        TopicDescription description = describe(List.of(topic), deadline).get(topic);
        Map<TopicPartition, long[]> offsets = offsets(partitionsOf(List.of(description)), deadline);
        Map<TopicPartition, Long> bytes = sizes.perPartition(Set.of(topic), deadline);
        return description.partitions().stream()
                .map(p -> detail(topic, p, offsets.get(new TopicPartition(topic, p.partition())),
                        bytes.get(new TopicPartition(topic, p.partition()))))
                .sorted(Comparator.comparingInt(PartitionDetail::partition))
                .toList();
    }

    private Map<String, TopicDescription> describe(List<String> names, Deadline deadline) {
        return Futures.get(admin.describeTopics(names, new DescribeTopicsOptions().timeoutMs(deadline.remainingMs()))
                .allTopicNames(), deadline.remaining(),
                names.size() == 1 ? "describe topic " + names.get(0) : "describe topics");
    }

    /** Like {@link #describe} but leaves out topics that no longer exist instead of failing the whole batch. */
    private Map<String, TopicDescription> describeExisting(List<String> names, Deadline deadline) {
        var futures = admin.describeTopics(names, new DescribeTopicsOptions().timeoutMs(deadline.remainingMs()))
                .topicNameValues();
        Map<String, TopicDescription> result = new HashMap<>();
        for (String name : names) {
            try {
                result.put(name, Futures.get(futures.get(name), deadline.remaining(), "describe topic " + name));
            } catch (KafkaOperationException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
        }
        return result;
    }

    /** Earliest and latest offset per partition; offline partitions are left out. */
    private Map<TopicPartition, long[]> offsets(List<TopicPartition> partitions, Deadline deadline) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(tp -> {
            earliest.put(tp, OffsetSpec.earliest());
            latest.put(tp, OffsetSpec.latest());
        });
        var first = admin.listOffsets(earliest, new ListOffsetsOptions().timeoutMs(deadline.remainingMs()));
        var last = admin.listOffsets(latest, new ListOffsetsOptions().timeoutMs(deadline.remainingMs()));
        Map<TopicPartition, long[]> result = new HashMap<>();
        for (TopicPartition tp : partitions) {
            try {
                long start = Futures.get(first.partitionResult(tp), deadline.remaining(), "list offsets").offset();
                long end = Futures.get(last.partitionResult(tp), deadline.remaining(), "list offsets").offset();
                result.put(tp, new long[] {start, end});
            } catch (KafkaOperationException e) {
                // An offline partition has no offsets; the row shows it as offline instead.
            }
        }
        return result;
    }

    private static List<TopicPartition> partitionsOf(java.util.Collection<TopicDescription> topics) {
        List<TopicPartition> result = new ArrayList<>();
        for (TopicDescription t : topics) {
            for (TopicPartitionInfo p : t.partitions()) {
                if (p.leader() != null && !p.leader().isEmpty()) {
                    result.add(new TopicPartition(t.name(), p.partition()));
                }
            }
        }
        return result;
    }

    private static TopicSummary summarize(TopicDescription t, Map<TopicPartition, long[]> offsets) {
        int under = 0;
        int offline = 0;
        long messages = 0;
        boolean allKnown = true;
        for (TopicPartitionInfo p : t.partitions()) {
            under += p.isr().size() < p.replicas().size() ? 1 : 0;
            offline += p.leader() == null || p.leader().isEmpty() ? 1 : 0;
            long[] range = offsets.get(new TopicPartition(t.name(), p.partition()));
            if (range == null) {
                allKnown = false;
            } else {
                messages += range[1] - range[0];
            }
        }
        int rf = t.partitions().isEmpty() ? 0 : t.partitions().get(0).replicas().size();
        return new TopicSummary(t.name(), t.isInternal(), t.partitions().size(), rf, under, offline,
                allKnown ? messages : null, null);
    }

    private static PartitionDetail detail(String topic, TopicPartitionInfo p, long[] range, Long bytes) {
        Integer leader = p.leader() == null || p.leader().isEmpty() ? null : p.leader().id();
        return new PartitionDetail(topic, p.partition(), leader,
                p.replicas().stream().map(n -> n.id()).toList(), p.isr().stream().map(n -> n.id()).toList(),
                range == null ? null : range[0], range == null ? null : range[1], bytes);
    }
}
