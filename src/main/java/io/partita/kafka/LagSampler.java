package io.partita.kafka;

import io.partita.async.TaskHandle;
import io.partita.async.TaskRunner;
import io.partita.model.LagFrame;
import io.partita.model.LagHistory;
import io.partita.model.LagSample;
import io.partita.model.LagUpdate;
import io.partita.model.OffsetPair;
import io.partita.model.PartitionRef;
import io.partita.model.SeriesData;
import io.partita.model.SeriesDetail;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;

/**
 * Samples the lag of watched groups for the live chart and {@code groups lag --watch}. Each sample makes exactly
 * two admin calls whatever the number of groups and partitions: ONE committed-offsets request for all groups and
 * ONE end-offsets request for all their partitions. Points go into a bounded {@link LagHistory} (window ÷ period
 * points per series), which also yields consumption/production rates and the time to catch up.
 *
 * <p>Threads: {@link #sample} blocks (bounded by its timeout) and runs on a background thread; runs must not
 * overlap, which {@link TaskRunner#schedule} guarantees. {@link #watch}, {@link #unwatch}, {@link #configure} and
 * {@link #series} may be called from any thread at any time (a lock guards the history, never held during I/O).
 */
public final class LagSampler {

    public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(2);
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);

    private final OffsetReader reader;
    private final Clock clock;
    private final Object lock = new Object();
    private final LagHistory history;
    private Duration period = DEFAULT_PERIOD;

    LagSampler(Admin admin, Clock clock) {
        this.reader = new OffsetReader(admin);
        this.clock = clock;
        this.history = new LagHistory(LagHistory.capacityFor(DEFAULT_WINDOW, DEFAULT_PERIOD));
    }

    /** Starts sampling {@code group} (from the next sample on) or changes how finely it is kept. */
    public void watch(String group, SeriesDetail detail) {
        synchronized (lock) {
            history.watch(group, detail);
        }
    }

    public void unwatch(String group) {
        synchronized (lock) {
            history.unwatch(group);
        }
    }

    public Map<String, SeriesDetail> watched() {
        synchronized (lock) {
            return history.watched();
        }
    }

    /** Sets the sample period and the window kept; rings shrink (newest points kept) or grow accordingly. */
    public void configure(Duration samplePeriod, Duration window) {
        synchronized (lock) {
            this.period = samplePeriod;
            history.resize(LagHistory.capacityFor(window, samplePeriod));
        }
    }

    public Duration period() {
        synchronized (lock) {
            return period;
        }
    }

    /** Reads every watched group once (two admin calls) and adds a point to each of their series. */
    public LagUpdate sample(Duration timeout) {
        Set<String> groups;
        synchronized (lock) {
            groups = history.watched().keySet();
        }
        if (groups.isEmpty()) {
            return new LagUpdate(clock.millis(), List.of(), Map.of());
        }
        Deadline deadline = Deadline.in(timeout);
        OffsetReader.Committed committed = reader.committed(groups, deadline);
        Set<PartitionRef> partitions = new HashSet<>();
        committed.offsets().values().forEach(m -> partitions.addAll(m.keySet()));
        Map<PartitionRef, Long> ends = reader.ends(partitions, deadline);
        long now = clock.millis();
        Map<String, Map<PartitionRef, OffsetPair>> byGroup = new HashMap<>();
        committed.offsets().forEach((group, offsets) -> {
            Map<PartitionRef, OffsetPair> pairs = new HashMap<>();
            offsets.forEach((p, offset) -> {
                Long end = ends.get(p);
                if (end != null) {
                    pairs.put(p, new OffsetPair(offset, end));
                }
            });
            byGroup.put(group, pairs);
        });
        synchronized (lock) {
            return new LagUpdate(now, history.add(new LagSample(now, byGroup)), committed.errors());
        }
    }

    /** Copies of every series (group totals first), safe to hand to the UI thread. */
    public List<SeriesData> series() {
        synchronized (lock) {
            return history.series();
        }
    }

    /** Points held across all series (the ring bound makes this at most series × capacity). */
    public long pointCount() {
        synchronized (lock) {
            return history.pointCount();
        }
    }

    /**
     * Samples every {@link #period()} on the runner's background scheduler, the first sample at once. Each frame
     * (update + series copies) is built off the UI thread and delivered to {@code onFrame} on it. A failed sample
     * goes to {@code onError} and sampling goes on. Cancel the handle to stop; a new period needs a new start.
     */
    public TaskHandle start(TaskRunner runner, Consumer<LagFrame> onFrame, Consumer<Throwable> onError) {
        Duration every = period();
        Duration timeout = sampleTimeout(every);
        return runner.schedule(Duration.ZERO, every, () -> new LagFrame(sample(timeout), series()), onFrame, onError);
    }

    /** Long enough for a slow cluster, short enough that a dead one is reported within a few periods. */
    static Duration sampleTimeout(Duration period) {
        long ms = Math.max(5_000, Math.min(15_000, period.toMillis() * 3));
        return Duration.ofMillis(ms);
    }
}
