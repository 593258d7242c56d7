package io.partita.model;

import java.util.List;

/** One sample's update with copies of every series, ready to draw on the UI thread without further work. */
public record LagFrame(LagUpdate update, List<SeriesData> series) {

    public LagFrame {
        series = List.copyOf(series);
    }
}
