package io.partita.model;

import java.util.List;
import java.util.Map;

/**
 * What one lag sample produced: each watched group's stats, and why a group could not be read.
 *
 * @param errors group id → reason, for groups whose offsets could not be read this time
 */
public record LagUpdate(long timeMillis, List<GroupLagStats> stats, Map<String, String> errors) {

    public LagUpdate {
        stats = List.copyOf(stats);
        errors = Map.copyOf(errors);
    }
}
