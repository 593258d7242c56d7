package io.partita.ui.groups;

import io.partita.model.SeriesData;
import io.partita.model.SeriesKey;
import java.util.List;
import java.util.Map;

/**
 * What the chart draws: series copies, the time window ending at {@code endMillis}, and each series' colour slot.
 * Immutable; built on the UI thread from a frame the sampler prepared in the background.
 *
 * @param periodMillis the sample period: gaps longer than a few periods break the line (missed samples, pauses)
 */
public record ChartFrame(List<SeriesData> series, long endMillis, long windowMillis, long periodMillis,
                         Map<SeriesKey, Integer> colours) {

    public ChartFrame {
        series = List.copyOf(series);
        colours = Map.copyOf(colours);
    }

    public static ChartFrame empty(long now, long windowMillis, long periodMillis) {
        return new ChartFrame(List.of(), now, windowMillis, periodMillis, Map.of());
    }

    public int colour(SeriesKey key) {
        return colours.getOrDefault(key, 0);
    }
}
