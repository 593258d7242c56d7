package io.partita.ui.groups;

/** A snapshot of the chart as ARGB pixels, row by row; taken on the UI thread, encoded in the background. */
public record ChartImage(int width, int height, int[] argb) {
}
