package io.partita.kafka;

import io.partita.model.ReadProgress;
import io.partita.model.ReadRequest;
import io.partita.model.StartPosition;
import io.partita.model.StopCondition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * The offsets one browse reads, per partition: where it starts (from the request's start position) and where it
 * stops (the end offsets seen now, a timestamp's offsets, or never). Computed once, before the first poll, with
 * every call bounded by {@code timeout}.
 */
final class ReadPlan {

    /** Per partition: first offset to read, offset to stop before (-1 = never), end offset at planning time. */
    record Range(TopicPartition partition, long start, long stop, long end) {
    }

    private final Map<TopicPartition, Range> ranges;
    private final List<String> notes;

    private ReadPlan(Map<TopicPartition, Range> ranges, List<String> notes) {
        this.ranges = ranges;
        this.notes = notes;
    }

    Map<TopicPartition, Range> ranges() {
        return ranges;
    }

    List<String> notes() {
        return notes;
    }

    static ReadPlan make(Consumer<byte[], byte[]> consumer, ReadRequest request, Duration timeout) {
        List<TopicPartition> partitions = partitions(consumer, request, timeout);
        Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, timeout);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
        List<String> notes = new ArrayList<>();
        Map<TopicPartition, Long> starts = starts(consumer, request.start(), partitions, begin, end, notes, timeout);
        Map<TopicPartition, Long> stops = stops(consumer, request.stop(), partitions, end, timeout);
        Map<TopicPartition, Range> ranges = new LinkedHashMap<>();
        for (TopicPartition tp : partitions) {
            long start = clamp(starts.get(tp), begin.get(tp), end.get(tp));
            ranges.put(tp, new Range(tp, start, stops.get(tp), end.get(tp)));
        }
        return new ReadPlan(ranges, notes);
    }

    private static List<TopicPartition> partitions(Consumer<byte[], byte[]> consumer, ReadRequest request,
                                                   Duration timeout) {
        List<PartitionInfo> infos = consumer.partitionsFor(request.topic(), timeout);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("topic " + request.topic() + " does not exist");
        }
        Set<Integer> existing = new TreeSet<>();
        infos.forEach(info -> existing.add(info.partition()));
        Set<Integer> chosen = request.partitions().isEmpty() ? existing : new TreeSet<>(request.partitions());
        List<TopicPartition> result = new ArrayList<>();
        for (int p : chosen) {
            if (!existing.contains(p)) {
                throw new IllegalStateException("topic " + request.topic() + " has no partition " + p
                        + " (it has " + existing.size() + ": 0.." + (existing.size() - 1) + ")");
            }
            result.add(new TopicPartition(request.topic(), p));
        }
        return result;
    }

    private static Map<TopicPartition, Long> starts(Consumer<byte[], byte[]> consumer, StartPosition start,
                                                    List<TopicPartition> partitions, Map<TopicPartition, Long> begin,
                                                    Map<TopicPartition, Long> end, List<String> notes,
                                                    Duration timeout) {
        Map<TopicPartition, Long> starts = new HashMap<>();
        if (start instanceof StartPosition.Beginning) {
            starts.putAll(begin);
        } else if (start instanceof StartPosition.EndMinus endMinus) {
            partitions.forEach(tp -> starts.put(tp, end.get(tp) - endMinus.count()));
        } else if (start instanceof StartPosition.AtOffset at) {
            partitions.forEach(tp -> starts.put(tp, at.offset()));
        } else if (start instanceof StartPosition.AtTime at) {
            starts.putAll(offsetsAt(consumer, partitions, at.time(), end, timeout));
        } else if (start instanceof StartPosition.GroupCommitted group) {
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions), timeout);
            List<Integer> without = new ArrayList<>();
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata offset = committed.get(tp);
                starts.put(tp, offset == null ? begin.get(tp) : offset.offset());
                if (offset == null) {
                    without.add(tp.partition());
                }
            }
            if (!without.isEmpty()) {
                notes.add("group " + group.group() + " has no committed offset on partition(s) " + without
                        + ": read from the beginning");
            }
        }
        return starts;
    }

    private static Map<TopicPartition, Long> stops(Consumer<byte[], byte[]> consumer, StopCondition stop,
                                                   List<TopicPartition> partitions, Map<TopicPartition, Long> end,
                                                   Duration timeout) {
        Map<TopicPartition, Long> stops = new HashMap<>();
        if (stop instanceof StopCondition.Never) {
            partitions.forEach(tp -> stops.put(tp, -1L));
        } else if (stop instanceof StopCondition.AtTime at) {
            stops.putAll(offsetsAt(consumer, partitions, at.time(), end, timeout));
        } else {
            stops.putAll(end);
        }
        return stops;
    }

    /** The first offset at or after {@code time}; the end where no record is that late. */
    private static Map<TopicPartition, Long> offsetsAt(Consumer<byte[], byte[]> consumer,
                                                       List<TopicPartition> partitions, Instant time,
                                                       Map<TopicPartition, Long> end, Duration timeout) {
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(tp -> query.put(tp, time.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query, timeout);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (TopicPartition tp : partitions) {
            OffsetAndTimestamp at = found.get(tp);
            offsets.put(tp, at == null ? end.get(tp) : at.offset());
        }
        return offsets;
    }

    private static long clamp(long offset, long begin, long end) {
        return Math.max(begin, Math.min(end, offset));
    }

    /** Progress for the partitions given their current positions and per-partition match counts. */
    ReadProgress progress(String topic, Map<TopicPartition, Long> positions, Map<TopicPartition, long[]> matches,
                          long read, long matched, long failed, boolean finished) {
        List<ReadProgress.PartitionRange> list = new ArrayList<>(ranges.size());
        for (Range range : ranges.values()) {
            long position = positions.getOrDefault(range.partition(), range.start());
            long[] count = matches.get(range.partition());
            list.add(new ReadProgress.PartitionRange(range.partition().partition(), range.start(), position,
                    range.stop(), range.end(), count == null ? 0 : count[0]));
        }
        return new ReadProgress(topic, list, read, matched, failed, finished, notes);
    }
}
