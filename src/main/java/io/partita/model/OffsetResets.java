package io.partita.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes offset reset plans from known offsets: pure, so every mode is testable without a broker. Targets are
 * kept inside [earliest, end] as Kafka's own tool does, and the row says so when that happened.
 */
public final class OffsetResets {

    private OffsetResets() {
    }

    /**
     * Plans a reset of {@code partitions} (already narrowed to the scope). A shift needs a committed offset to
     * shift from: partitions without one are listed as skipped instead of guessed.
     */
    public static OffsetResetPlan plan(String groupId, String groupState, int activeMembers, OffsetResetSpec spec,
                                       ResetScope scope, List<PartitionOffsets> partitions) {
        List<OffsetResetRow> rows = new ArrayList<>(partitions.size());
        List<PartitionRef> skipped = new ArrayList<>();
        for (PartitionOffsets p : partitions) {
            if (spec instanceof OffsetResetSpec.ShiftBy && p.committed() == null) {
                skipped.add(p.ref());
            } else {
                rows.add(row(p, spec));
            }
        }
        return new OffsetResetPlan(groupId, spec, scope, groupState, activeMembers, rows, skipped);
    }

    private static OffsetResetRow row(PartitionOffsets p, OffsetResetSpec spec) {
        long wanted = target(p, spec);
        long clamped = Math.max(p.earliest(), Math.min(p.end(), wanted));
        String note = null;
        if (spec instanceof OffsetResetSpec.ToTimestamp && p.atTimestamp() == null) {
            note = "no record at or after the time: log end";
        } else if (wanted < p.earliest()) {
            note = "kept at earliest (" + p.earliest() + ")";
        } else if (wanted > p.end()) {
            note = "kept at log end (" + p.end() + ")";
        }
        return new OffsetResetRow(p.ref().topic(), p.ref().partition(), p.committed(), clamped, p.end(),
                Lags.of(p.committed(), p.end()), p.end() - clamped, note);
    }

    private static long target(PartitionOffsets p, OffsetResetSpec spec) {
        if (spec instanceof OffsetResetSpec.ToEarliest) {
            return p.earliest();
        }
        if (spec instanceof OffsetResetSpec.ToLatest) {
            return p.end();
        }
        if (spec instanceof OffsetResetSpec.ToTimestamp) {
            return p.atTimestamp() == null ? p.end() : p.atTimestamp();
        }
        if (spec instanceof OffsetResetSpec.ToOffset o) {
            return o.offset();
        }
        long delta = ((OffsetResetSpec.ShiftBy) spec).delta();
        long base = p.committed();
        // Saturate instead of overflowing on absurd shifts; the clamp brings it back into the log.
        long shifted = base + delta;
        if (((base ^ shifted) & (delta ^ shifted)) < 0) {
            return delta > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return shifted;
    }
}
