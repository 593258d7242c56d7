package io.partita.filter;

import io.partita.model.KafkaMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds records whose timestamp is earlier than the previous record's of the same partition (offset order): the
 * mark of producer re-ordering (retries with several requests in flight and no idempotence) or of clocks that
 * disagree between producers. Feed records in offset order per partition, from one thread.
 * Keeps at most {@code keep} inversions (the first ones); counts all.
 */
public final class OrderCheck {

    /**
     * @param previousOffset    the record just before, in offset order (records only: markers and gaps skipped)
     * @param previousTimestamp its timestamp; {@code timestamp < previousTimestamp}
     */
    public record Inversion(int partition, long offset, long timestamp, long previousOffset,
                            long previousTimestamp) {

        /** How far back in time this record jumps, in milliseconds. */
        public long backwardsMillis() {
            return previousTimestamp - timestamp;
        }
    }

    private final int keep;
    private final Map<Integer, long[]> last = new HashMap<>();
    private final Map<Integer, Long> perPartition = new HashMap<>();
    private final List<Inversion> found = new ArrayList<>();
    private long checked;
    private long inversions;
    private long withoutTimestamp;

    public OrderCheck(int keep) {
        this.keep = keep;
    }

    public void accept(KafkaMessage m) {
        checked++;
        if (m.timestamp() < 0) {
            withoutTimestamp++;
            return;
        }
        long[] previous = last.get(m.partition());
        if (previous == null) {
            last.put(m.partition(), new long[] {m.offset(), m.timestamp()});
            return;
        }
        if (m.timestamp() < previous[1]) {
            inversions++;
            perPartition.merge(m.partition(), 1L, Long::sum);
            if (found.size() < keep) {
                found.add(new Inversion(m.partition(), m.offset(), m.timestamp(), previous[0], previous[1]));
            }
        }
        previous[0] = m.offset();
        previous[1] = m.timestamp();
    }

    /** The first inversions found, up to the number kept. */
    public List<Inversion> inversions() {
        return List.copyOf(found);
    }

    public long inversionCount() {
        return inversions;
    }

    public Map<Integer, Long> inversionsPerPartition() {
        return Map.copyOf(perPartition);
    }

    public long checked() {
        return checked;
    }

    /** Records with no timestamp (-1) cannot be ordered; they are skipped, not compared. */
    public long withoutTimestamp() {
        return withoutTimestamp;
    }
}
