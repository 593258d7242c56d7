package io.partita.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lag chart's memory: a bounded ring of points per series for every watched group, plus each group's rate
 * tracker. Per-topic and per-partition series exist only for groups watched at that detail, so watching many
 * groups stays cheap. Not thread-safe: the {@code LagSampler} guards it.
 */
public final class LagHistory {

    /** Rates are averaged over this long (or the whole history when shorter). */
    public static final Duration RATE_WINDOW = Duration.ofSeconds(30);

    private final Map<String, SeriesDetail> watched = new LinkedHashMap<>();
    private final Map<SeriesKey, LagRing> rings = new LinkedHashMap<>();
    private final Map<String, RateTracker> rates = new LinkedHashMap<>();
    private int capacity;

    public LagHistory(int capacity) {
        this.capacity = Math.max(2, capacity);
    }

    /** Points needed to cover {@code window} at one point per {@code period}, plus one for the window's edge. */
    public static int capacityFor(Duration window, Duration period) {
        long points = (window.toMillis() + period.toMillis() - 1) / Math.max(1, period.toMillis());
        return (int) Math.max(2, Math.min(1_000_000, points + 1));
    }

    /** Starts (or changes the detail of) a group; finer series it no longer needs are dropped. */
    public void watch(String group, SeriesDetail detail) {
        watched.put(group, detail);
        rates.computeIfAbsent(group, g -> new RateTracker(RATE_WINDOW.toMillis()));
        rings.keySet().removeIf(k -> k.group().equals(group) && !wanted(k, detail));
    }

    public void unwatch(String group) {
        watched.remove(group);
        rates.remove(group);
        rings.keySet().removeIf(k -> k.group().equals(group));
    }

    public Map<String, SeriesDetail> watched() {
        return Map.copyOf(watched);
    }

    public List<String> groups() {
        return List.copyOf(watched.keySet());
    }

    public int capacity() {
        return capacity;
    }

    public void resize(int newCapacity) {
        capacity = Math.max(2, newCapacity);
        rings.values().forEach(r -> r.resize(capacity));
    }

    /** Adds one point per series of every watched group and returns each group's stats at this sample. */
    public List<GroupLagStats> add(LagSample sample) {
        List<GroupLagStats> stats = new ArrayList<>(watched.size());
        watched.forEach((group, detail) -> stats.add(add(sample.timeMillis(), group, detail, sample.group(group))));
        return stats;
    }

    private GroupLagStats add(long time, String group, SeriesDetail detail, Map<PartitionRef, OffsetPair> offsets) {
        RateTracker.Rates r = rates.get(group).update(time, offsets);
        if (offsets.isEmpty()) {
            return new GroupLagStats(group, time, null, r.consume(), r.produce(), CatchUp.estimate(null, null, null), 0);
        }
        long total = 0;
        Map<String, Long> byTopic = new TreeMap<>();
        for (Map.Entry<PartitionRef, OffsetPair> e : offsets.entrySet()) {
            long lag = e.getValue().lag();
            total += lag;
            byTopic.merge(e.getKey().topic(), lag, Long::sum);
            if (detail == SeriesDetail.PARTITIONS) {
                ring(SeriesKey.partition(group, e.getKey())).add(time, lag);
            }
        }
        ring(SeriesKey.total(group)).add(time, total);
        if (detail != SeriesDetail.TOTAL) {
            byTopic.forEach((topic, lag) -> ring(SeriesKey.topic(group, topic)).add(time, lag));
        }
        return new GroupLagStats(group, time, total, r.consume(), r.produce(),
                CatchUp.estimate(total, r.consume(), r.produce()), offsets.size());
    }

    private LagRing ring(SeriesKey key) {
        return rings.computeIfAbsent(key, k -> new LagRing(capacity));
    }

    private static boolean wanted(SeriesKey key, SeriesDetail detail) {
        if (key.isTotal()) {
            return true;
        }
        return key.partition() == null ? detail != SeriesDetail.TOTAL : detail == SeriesDetail.PARTITIONS;
    }

    /** Copies of every series, group totals first, in the order groups were added. */
    public List<SeriesData> series() {
        List<SeriesData> result = new ArrayList<>(rings.size());
        for (String group : watched.keySet()) {
            rings.forEach((key, ring) -> {
                if (key.group().equals(group) && key.isTotal()) {
                    result.add(ring.snapshot(key));
                }
            });
            rings.entrySet().stream().filter(e -> e.getKey().group().equals(group) && !e.getKey().isTotal())
                    .sorted(Map.Entry.comparingByKey(LagHistory::compareKeys))
                    .forEach(e -> result.add(e.getValue().snapshot(e.getKey())));
        }
        return result;
    }

    private static int compareKeys(SeriesKey a, SeriesKey b) {
        int byTopic = a.topic().compareTo(b.topic());
        if (byTopic != 0) {
            return byTopic;
        }
        int pa = a.partition() == null ? -1 : a.partition();
        int pb = b.partition() == null ? -1 : b.partition();
        return Integer.compare(pa, pb);
    }

    /** Number of points held across all series: what the memory bound is about. */
    public long pointCount() {
        return rings.values().stream().mapToLong(LagRing::size).sum();
    }
}
