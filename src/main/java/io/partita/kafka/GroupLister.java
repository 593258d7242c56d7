package io.partita.kafka;

import io.partita.model.GroupList;
import io.partita.model.GroupSummary;
import io.partita.model.Lags;
import io.partita.model.PartitionRef;
import io.partita.model.TopicGroupLag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;

/**
 * The groups list with lag, in batches: per batch one describe request per group kind, one committed-offsets
 * request and one end-offsets request, whatever the number of groups in it (kafka-ui asks per group, which is
 * why 582 groups took it 58 s). Synchronous, bounded by the deadline; background threads only.
 */
final class GroupLister {

    /** Groups per batch: rows reach the UI early on big clusters while each request stays moderate. */
    static final int BATCH = 250;

    private final Admin admin;
    private final int batchSize;
    private final GroupDescriber describer;
    private final OffsetReader offsets;

    GroupLister(Admin admin) {
        this(admin, BATCH);
    }

    GroupLister(Admin admin, int batchSize) {
        this.admin = admin;
        this.batchSize = batchSize;
        this.describer = new GroupDescriber(admin);
        this.offsets = new OffsetReader(admin);
    }

    GroupList list(Deadline deadline, Consumer<List<GroupSummary>> onBatch) {
        List<String> problems = new ArrayList<>();
        List<ListedGroup> listed = listed(deadline, problems);
        List<GroupSummary> rows = new ArrayList<>(listed.size());
        // Pipelined: the next batch's describe and committed-offsets requests are in flight while this batch
        // waits for its end offsets, so a batch costs about one round trip more than the slowest coordinator.
        InFlight next = listed.isEmpty() ? null : send(batch(listed, 0), deadline);
        for (int from = 0; from < listed.size(); from += batchSize) {
            InFlight current = next;
            next = from + batchSize < listed.size() ? send(batch(listed, from + batchSize), deadline) : null;
            List<GroupSummary> batch = current.finish(deadline);
            rows.addAll(batch);
            onBatch.accept(batch);
        }
        return new GroupList(rows, problems);
    }

    private List<ListedGroup> batch(List<ListedGroup> listed, int from) {
        return listed.subList(from, Math.min(listed.size(), from + batchSize));
    }

    /** Every group the brokers report, sorted by id; brokers that fail to answer are named in {@code problems}. */
    List<ListedGroup> listed(Deadline deadline, List<String> problems) {
        var result = admin.listGroups(new ListGroupsOptions().timeoutMs(deadline.remainingMs()));
        Collection<GroupListing> valid = Futures.get(result.valid(), deadline.remaining(), "list groups");
        Futures.get(result.errors(), deadline.remaining(), "list groups")
                .forEach(e -> problems.add("part of the group listing failed: " + KafkaErrors.describe(e)));
        return valid.stream()
                .map(g -> new ListedGroup(g.groupId(), GroupMapping.type(g.type()), GroupMapping.state(g.groupState()),
                        g.protocol() == null ? "" : g.protocol()))
                .sorted(Comparator.comparing(ListedGroup::groupId))
                .toList();
    }

    /** A batch whose describe and committed-offsets requests have been sent. */
    private final class InFlight {
        private final List<ListedGroup> batch;
        private final List<Supplier<Map<String, DescribedGroup>>> described = new ArrayList<>();
        private final List<Supplier<OffsetReader.Committed>> committed = new ArrayList<>();

        InFlight(List<ListedGroup> batch) {
            this.batch = batch;
        }

        List<GroupSummary> finish(Deadline deadline) {
            Map<String, DescribedGroup> groups = new HashMap<>();
            described.forEach(d -> groups.putAll(d.get()));
            OffsetReader.Committed offsetsOf = merge(committed.stream().map(Supplier::get).toList());
            Set<PartitionRef> partitions = new HashSet<>();
            offsetsOf.offsets().values().forEach(m -> partitions.addAll(m.keySet()));
            Map<PartitionRef, Long> ends = offsets.ends(partitions, deadline);
            return batch.stream().map(g -> summary(g, groups.get(g.groupId()), offsetsOf, ends)).toList();
        }
    }

    private InFlight send(List<ListedGroup> batch, Deadline deadline) {
        Map<ListedGroup.Kind, List<String>> ids = new HashMap<>();
        batch.forEach(g -> ids.computeIfAbsent(g.kind(), k -> new ArrayList<>()).add(g.groupId()));
        List<String> consumers = ids.getOrDefault(ListedGroup.Kind.CONSUMER, List.of());
        List<String> shares = ids.getOrDefault(ListedGroup.Kind.SHARE, List.of());
        List<String> streams = ids.getOrDefault(ListedGroup.Kind.STREAMS, List.of());
        InFlight flight = new InFlight(batch);
        flight.described.add(describer.consumerGroupsLater(consumers, deadline));
        flight.described.add(describer.shareGroupsLater(shares, deadline));
        flight.described.add(describer.streamsGroupsLater(streams, deadline));
        flight.committed.add(offsets.committedLater(consumers, deadline));
        flight.committed.add(offsets.shareStartOffsetsLater(shares, deadline));
        flight.committed.add(offsets.committedStreamsLater(streams, deadline));
        return flight;
    }

    private static OffsetReader.Committed merge(List<OffsetReader.Committed> parts) {
        Map<String, Map<PartitionRef, Long>> offsets = new HashMap<>();
        Map<String, String> errors = new HashMap<>();
        for (OffsetReader.Committed part : parts) {
            offsets.putAll(part.offsets());
            errors.putAll(part.errors());
        }
        return new OffsetReader.Committed(offsets, errors);
    }

    private static GroupSummary summary(ListedGroup listed, DescribedGroup d, OffsetReader.Committed committed,
                                        Map<PartitionRef, Long> ends) {
        Map<PartitionRef, Long> mine = committed.of(listed.groupId());
        Set<String> topics = new TreeSet<>();
        mine.keySet().forEach(p -> topics.add(p.topic()));
        List<Long> lags = new ArrayList<>(mine.size());
        mine.forEach((p, offset) -> lags.add(Lags.of(offset, ends.get(p))));
        String error = committed.errors().get(listed.groupId());
        if (d == null) {
            return new GroupSummary(listed.groupId(), listed.type(), listed.state(), listed.protocolType(), "",
                    null, null, List.copyOf(topics), Lags.total(lags), error);
        }
        if (d.members() != null) {
            d.members().forEach(m -> m.assignment().forEach(p -> topics.add(p.topic())));
        }
        return new GroupSummary(listed.groupId(), d.error() == null ? d.type() : listed.type(),
                d.error() == null ? d.state() : listed.state(),
                d.error() == null ? d.protocolType() : listed.protocolType(), d.assignor(),
                d.members() == null ? null : d.members().size(), d.coordinator(), List.copyOf(topics),
                Lags.total(lags), d.error() != null ? d.error() : error);
    }

    /**
     * Per topic: the groups with committed offsets on it and the largest of their lags. One listing, one
     * committed-offsets request per {@link #BATCH} groups, one end-offsets request.
     *
     * @param topics the topics to report; empty = every topic some group has committed on
     */
    Map<String, TopicGroupLag> lagByTopic(Collection<String> topics, Deadline deadline) {
        Set<String> wanted = new HashSet<>(topics);
        List<String> groups = listed(deadline, new ArrayList<>()).stream()
                .filter(g -> g.kind() == ListedGroup.Kind.CONSUMER).map(ListedGroup::groupId).toList();
        // topic → group → partition → committed offset
        Map<String, Map<String, Map<PartitionRef, Long>>> byTopic = new TreeMap<>();
        for (int from = 0; from < groups.size(); from += batchSize) {
            OffsetReader.Committed batch = offsets.committed(
                    groups.subList(from, Math.min(groups.size(), from + batchSize)), deadline);
            batch.offsets().forEach((group, offsetsOfGroup) -> offsetsOfGroup.forEach((p, offset) -> {
                if (wanted.isEmpty() || wanted.contains(p.topic())) {
                    byTopic.computeIfAbsent(p.topic(), t -> new TreeMap<>())
                            .computeIfAbsent(group, g -> new HashMap<>()).put(p, offset);
                }
            }));
        }
        Set<PartitionRef> partitions = new HashSet<>();
        byTopic.values().forEach(g -> g.values().forEach(m -> partitions.addAll(m.keySet())));
        Map<PartitionRef, Long> ends = offsets.ends(partitions, deadline);
        Map<String, TopicGroupLag> result = new TreeMap<>();
        wanted.forEach(t -> result.put(t, new TopicGroupLag(t, List.of(), null, null)));
        byTopic.forEach((topic, perGroup) -> result.put(topic, topicLag(topic, perGroup, ends)));
        return result;
    }

    private static TopicGroupLag topicLag(String topic, Map<String, Map<PartitionRef, Long>> perGroup,
                                          Map<PartitionRef, Long> ends) {
        Long max = null;
        String maxGroup = null;
        for (Map.Entry<String, Map<PartitionRef, Long>> e : perGroup.entrySet()) {
            List<Long> lags = new ArrayList<>();
            e.getValue().forEach((p, offset) -> lags.add(Lags.of(offset, ends.get(p))));
            Long lag = Lags.total(lags);
            if (lag != null && (max == null || lag > max)) {
                max = lag;
                maxGroup = e.getKey();
            }
        }
        return new TopicGroupLag(topic, List.copyOf(perGroup.keySet()), max, maxGroup);
    }
}
