package io.partita.ui.groups;

import io.partita.model.SeriesData;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A light line chart on a Canvas for lag over time: one draw per sample (or resize / hover), no scene-graph node per
 * point, and at most two line segments per pixel column however many points a series holds, so a draw stays in the
 * low milliseconds. Gaps (missed samples, pauses) break the line. Theme colours are read from styled hidden nodes.
 */
public final class LagChart extends Region {

    static final Color[] PALETTE = {Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#e15759"),
        Color.web("#76b7b2"), Color.web("#59a14f"), Color.web("#edc948"), Color.web("#b07aa1"), Color.web("#ff9da7"),
        Color.web("#9c755f"), Color.web("#8cd17d")};
    private static final double LEFT = 64;
    private static final double RIGHT = 16;
    private static final double TOP = 12;
    private static final double BOTTOM = 28;
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private final Canvas canvas = new Canvas();
    private final Text axisInk = ink("lag-chart-axis");
    private final Text gridInk = ink("lag-chart-grid");
    private final Text backgroundInk = ink("lag-chart-background");
    private ChartFrame frame;
    private double hoverX = -1;
    private long lastDrawNanos;
    private long maxDrawNanos;
    private long draws;

    public LagChart() {
        getStyleClass().add("lag-chart");
        getChildren().addAll(canvas, axisInk, gridInk, backgroundInk);
        setMinSize(200, 150);
        setPrefSize(800, 420);
        setOnMouseMoved(e -> {
            hoverX = e.getX();
            draw();
        });
        setOnMouseExited(e -> {
            hoverX = -1;
            draw();
        });
    }

    private static Text ink(String styleClass) {
        Text text = new Text();
        text.getStyleClass().add(styleClass);
        text.setVisible(false);
        text.setManaged(false);
        return text;
    }

    public void setFrame(ChartFrame frame) {
        this.frame = frame;
        draw();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    /** Duration of the last draw and the longest so far, in nanoseconds: the UI-thread cost of the chart. */
    public long lastDrawNanos() {
        return lastDrawNanos;
    }

    public long maxDrawNanos() {
        return maxDrawNanos;
    }

    public long draws() {
        return draws;
    }

    void draw() {
        long start = System.nanoTime();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(colour(backgroundInk, Color.WHITE));
        g.fillRect(0, 0, w, h);
        if (frame != null && w > LEFT + RIGHT + 10 && h > TOP + BOTTOM + 10) {
            ChartPainter painter = new ChartPainter(g, frame, new ChartPainter.Box(LEFT, TOP, w - LEFT - RIGHT,
                    h - TOP - BOTTOM), colour(axisInk, Color.GRAY), colour(gridInk, Color.LIGHTGRAY),
                    colour(backgroundInk, Color.WHITE));
            painter.paint(hoverX);
        }
        lastDrawNanos = System.nanoTime() - start;
        maxDrawNanos = Math.max(maxDrawNanos, lastDrawNanos);
        draws++;
    }

    private static Color colour(Text ink, Color fallback) {
        Paint fill = ink.getFill();
        return fill instanceof Color c ? c : fallback;
    }

    static String time(long millis, long stepMillis) {
        LocalTime t = LocalTime.ofInstant(Instant.ofEpochMilli(millis), ZoneId.systemDefault());
        return (stepMillis % 60_000 == 0 ? HM : HMS).format(t);
    }

    static Font font(double size) {
        return Font.font(Font.getDefault().getFamily(), size);
    }

    static TextAlignment right() {
        return TextAlignment.RIGHT;
    }

    /** Index of the first point at or after {@code time}. */
    static int firstAtOrAfter(SeriesData s, long time) {
        int i = Arrays.binarySearch(s.times(), time);
        return i >= 0 ? i : -i - 1;
    }
}
