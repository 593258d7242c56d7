package io.partita.kafka;

import io.partita.model.PartitionRef;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.ListShareGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListShareGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListStreamsGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListStreamsGroupOffsetsSpec;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * Committed offsets of many groups and log offsets of many partitions, each in ONE admin call (the client splits
 * it per coordinator or per leader). Per-group and per-partition failures become values, not a failed batch.
 * Synchronous and bounded by the caller's deadline; background threads only.
 */
final class OffsetReader {

    /** Committed offsets per group, and why a group could not be read. */
    record Committed(Map<String, Map<PartitionRef, Long>> offsets, Map<String, String> errors) {
        Map<PartitionRef, Long> of(String group) {
            return offsets.getOrDefault(group, Map.of());
        }
    }

    private final Admin admin;

    OffsetReader(Admin admin) {
        this.admin = admin;
    }

    Committed committed(Collection<String> groups, Deadline deadline) {
        return committedLater(groups, deadline).get();
    }

    /** Sends the request now (one for all groups); the supplier waits for the answers. */
    Supplier<Committed> committedLater(Collection<String> groups, Deadline deadline) {
        if (groups.isEmpty()) {
            return () -> new Committed(Map.of(), Map.of());
        }
        Map<String, ListConsumerGroupOffsetsSpec> specs = new LinkedHashMap<>();
        groups.forEach(g -> specs.put(g, new ListConsumerGroupOffsetsSpec()));
        var result = admin.listConsumerGroupOffsets(specs,
                new ListConsumerGroupOffsetsOptions().timeoutMs(deadline.remainingMs()));
        return () -> collect(groups, result::partitionsToOffsetAndMetadata, deadline);
    }

    Committed committedStreams(Collection<String> groups, Deadline deadline) {
        return committedStreamsLater(groups, deadline).get();
    }

    Supplier<Committed> committedStreamsLater(Collection<String> groups, Deadline deadline) {
        if (groups.isEmpty()) {
            return () -> new Committed(Map.of(), Map.of());
        }
        Map<String, ListStreamsGroupOffsetsSpec> specs = new LinkedHashMap<>();
        groups.forEach(g -> specs.put(g, new ListStreamsGroupOffsetsSpec()));
        var result = admin.listStreamsGroupOffsets(specs,
                new ListStreamsGroupOffsetsOptions().timeoutMs(deadline.remainingMs()));
        return () -> collect(groups, result::partitionsToOffsetAndMetadata, deadline);
    }

    private static Committed collect(Collection<String> groups,
                                     java.util.function.Function<String, KafkaFuture<Map<TopicPartition,
                                             OffsetAndMetadata>>> futureOf, Deadline deadline) {
        Map<String, Map<PartitionRef, Long>> offsets = new HashMap<>();
        Map<String, String> errors = new HashMap<>();
        for (String group : groups) {
            try {
                Map<TopicPartition, OffsetAndMetadata> raw = Futures.get(futureOf.apply(group), deadline.remaining(),
                        "read the offsets of group " + group);
                offsets.put(group, toRefs(raw));
            } catch (KafkaOperationException e) {
                errors.put(group, e.getMessage());
            }
        }
        return new Committed(offsets, errors);
    }

    private static Map<PartitionRef, Long> toRefs(Map<TopicPartition, OffsetAndMetadata> raw) {
        Map<PartitionRef, Long> map = new HashMap<>();
        // A partition asked for but never committed comes back null: that is "no commit", left out.
        raw.forEach((tp, om) -> {
            if (om != null && om.offset() >= 0) {
                map.put(GroupMapping.ref(tp), om.offset());
            }
        });
        return map;
    }

    /** Share groups: the share-partition start offset per partition (where the group's delivery starts). */
    Committed shareStartOffsets(Collection<String> groups, Deadline deadline) {
        return shareStartOffsetsLater(groups, deadline).get();
    }

    Supplier<Committed> shareStartOffsetsLater(Collection<String> groups, Deadline deadline) {
        if (groups.isEmpty()) {
            return () -> new Committed(Map.of(), Map.of());
        }
        Map<String, ListShareGroupOffsetsSpec> specs = new LinkedHashMap<>();
        groups.forEach(g -> specs.put(g, new ListShareGroupOffsetsSpec()));
        var result = admin.listShareGroupOffsets(specs,
                new ListShareGroupOffsetsOptions().timeoutMs(deadline.remainingMs()));
        return () -> {
            Map<String, Map<PartitionRef, Long>> offsets = new HashMap<>();
            Map<String, String> errors = new HashMap<>();
            for (String group : groups) {
                try {
                    Map<PartitionRef, Long> map = new HashMap<>();
                    Futures.get(result.partitionsToOffsetInfo(group), deadline.remaining(),
                            "read the offsets of share group " + group).forEach((tp, info) -> {
                                if (info != null && info.startOffset() >= 0) {
                                    map.put(GroupMapping.ref(tp), info.startOffset());
                                }
                            });
                    offsets.put(group, map);
                } catch (KafkaOperationException e) {
                    errors.put(group, e.getMessage());
                }
            }
            return new Committed(offsets, errors);
        };
    }

    /** Log-end offsets; partitions that cannot be read (offline, deleted) are left out. One admin call. */
    Map<PartitionRef, Long> ends(Collection<PartitionRef> partitions, Deadline deadline) {
        return offsets(partitions, OffsetSpec.latest(), deadline);
    }

    Map<PartitionRef, Long> earliest(Collection<PartitionRef> partitions, Deadline deadline) {
        return offsets(partitions, OffsetSpec.earliest(), deadline);
    }

    /** The first offset at or after {@code epochMillis}; partitions without such a record are left out. */
    Map<PartitionRef, Long> atTimestamp(Collection<PartitionRef> partitions, long epochMillis, Deadline deadline) {
        return offsets(partitions, OffsetSpec.forTimestamp(epochMillis), deadline);
    }

    private Map<PartitionRef, Long> offsets(Collection<PartitionRef> partitions, OffsetSpec spec, Deadline deadline) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(GroupMapping.tp(p), spec));
        ListOffsetsResult result = admin.listOffsets(request, new ListOffsetsOptions().timeoutMs(deadline.remainingMs()));
        Map<PartitionRef, Long> offsets = new HashMap<>();
        KafkaOperationException firstFailure = null;
        int answered = 0;
        for (TopicPartition tp : request.keySet()) {
            try {
                long offset = Futures.get(result.partitionResult(tp), deadline.remaining(), "list offsets").offset();
                answered++;
                if (offset >= 0) {
                    offsets.put(GroupMapping.ref(tp), offset);
                }
            } catch (KafkaOperationException e) {
                // Offline or deleted partition: its lag is unknown, which the caller shows as absent.
                firstFailure = firstFailure == null ? e : firstFailure;
            }
        }
        if (answered == 0 && firstFailure != null) {
            throw firstFailure; // nothing answered: the cluster is unreachable, not one partition offline
        }
        return offsets;
    }
}
