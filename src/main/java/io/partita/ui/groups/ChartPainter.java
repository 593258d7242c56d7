package io.partita.ui.groups;

import io.partita.model.SeriesData;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;

/** Paints one {@link ChartFrame} into a box of a canvas: grid, axes, lines, legend and the hover read-out. */
final class ChartPainter {

    /** The plot area in canvas pixels. */
    record Box(double x, double y, double w, double h) {
    }

    private static final int VALUE_TICKS = 5;
    private static final int LEGEND_MAX = 12;

    private final GraphicsContext g;
    private final ChartFrame frame;
    private final Box box;
    private final Color axis;
    private final Color grid;
    private final Color background;
    private final long start;
    private final long end;
    private double top;

    ChartPainter(GraphicsContext g, ChartFrame frame, Box box, Color axis, Color grid, Color background) {
        this.g = g;
        this.frame = frame;
        this.box = box;
        this.axis = axis;
        this.grid = grid;
        this.background = background;
        this.end = frame.endMillis();
        this.start = end - frame.windowMillis();
    }

    void paint(double hoverX) {
        top = ChartScales.niceMax(maxInWindow(), VALUE_TICKS);
        paintGrid();
        if (frame.series().isEmpty()) {
            g.setFill(axis);
            g.setTextAlign(TextAlignment.CENTER);
            g.setFont(LagChart.font(14));
            g.fillText("Add a group to chart its lag", box.x() + box.w() / 2, box.y() + box.h() / 2);
            return;
        }
        for (SeriesData s : frame.series()) {
            if (!s.key().isTotal()) {
                paintSeries(s);
            }
        }
        for (SeriesData s : frame.series()) {
            if (s.key().isTotal()) {
                paintSeries(s); // totals on top of their breakdown
            }
        }
        paintLegend();
        if (hoverX >= box.x() && hoverX <= box.x() + box.w()) {
            paintHover(hoverX);
        }
    }

    private double maxInWindow() {
        long max = 0;
        for (SeriesData s : frame.series()) {
            for (int i = LagChart.firstAtOrAfter(s, start); i < s.size(); i++) {
                max = Math.max(max, s.values()[i]);
            }
        }
        return max;
    }

    private double x(long time) {
        return box.x() + (time - start) * box.w() / Math.max(1, end - start);
    }

    private double y(double value) {
        return box.y() + box.h() - value * box.h() / top;
    }

    private void paintGrid() {
        g.setLineWidth(1);
        g.setFont(LagChart.font(11));
        g.setTextBaseline(VPos.CENTER);
        for (double v : ChartScales.valueTicks(top, VALUE_TICKS)) {
            double py = Math.round(y(v)) + 0.5;
            g.setStroke(grid);
            g.strokeLine(box.x(), py, box.x() + box.w(), py);
            g.setFill(axis);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(ChartScales.compact(v), box.x() - 8, py);
        }
        long step = ChartScales.timeStep(frame.windowMillis(), Math.max(2, (int) (box.w() / 90)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (long t = (start / step + 1) * step; t <= end; t += step) {
            double px = Math.round(x(t)) + 0.5;
            g.setStroke(grid);
            g.strokeLine(px, box.y(), px, box.y() + box.h());
            g.setFill(axis);
            g.fillText(LagChart.time(t, step), px, box.y() + box.h() + 6);
        }
        g.setStroke(axis);
        g.strokeLine(box.x(), box.y() + box.h() + 0.5, box.x() + box.w(), box.y() + box.h() + 0.5);
    }

    /**
     * One polyline per unbroken stretch, with at most four vertices per pixel column (entry, lowest, highest, exit)
     * however many points fall in it: spikes survive, long windows stay cheap, and the canvas records one command
     * per stretch instead of one per point. A gap of more than three periods lifts the pen.
     */
    private void paintSeries(SeriesData s) {
        int from = Math.max(0, LagChart.firstAtOrAfter(s, start) - 1);
        if (from >= s.size()) {
            return;
        }
        g.setStroke(LagChart.PALETTE[frame.colour(s.key()) % LagChart.PALETTE.length]);
        g.setLineWidth(s.key().isTotal() ? 2.2 : 1.2);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineDashes(s.key().isTotal() ? null : new double[] {5, 3});
        long gap = Math.max(3 * frame.periodMillis(), 1);
        Polyline line = new Polyline(Math.min(s.size() - from, (int) box.w() * 4 + 8));
        long previous = Long.MIN_VALUE;
        for (int i = from; i < s.size(); i++) {
            long t = s.times()[i];
            if (previous != Long.MIN_VALUE && t - previous > gap) {
                line.stroke(g);
            }
            line.add(Math.max(box.x(), x(t)), y(s.values()[i]));
            previous = t;
        }
        line.stroke(g);
        g.setLineDashes(null);
    }

    /** Collects the vertices of one stretch, folding the points of each pixel column into at most four. */
    private static final class Polyline {
        private double[] xs;
        private double[] ys;
        private int n;
        private int column = Integer.MIN_VALUE;
        private double first;
        private double low;
        private double high;
        private double last;
        private double columnX;
        private int lowAt;
        private int highAt;
        private int count;

        Polyline(int capacity) {
            xs = new double[Math.max(8, capacity)];
            ys = new double[xs.length];
        }

        void add(double px, double py) {
            if ((int) px != column) {
                flushColumn();
                column = (int) px;
                columnX = px;
                first = py;
                low = py;
                high = py;
                lowAt = 0;
                highAt = 0;
                count = 0;
            }
            if (py < low) {
                low = py;
                lowAt = count;
            }
            if (py > high) {
                high = py;
                highAt = count;
            }
            last = py;
            count++;
        }

        private void flushColumn() {
            if (count == 0) {
                return;
            }
            vertex(columnX, first);
            if (count > 2) {
                boolean lowFirst = lowAt < highAt;
                vertex(columnX, lowFirst ? low : high);
                vertex(columnX, lowFirst ? high : low);
            }
            if (count > 1) {
                vertex(columnX, last);
            }
            count = 0;
        }

        private void vertex(double x, double y) {
            if (n == xs.length) {
                xs = java.util.Arrays.copyOf(xs, n * 2);
                ys = java.util.Arrays.copyOf(ys, n * 2);
            }
            xs[n] = x;
            ys[n] = y;
            n++;
        }

        void stroke(GraphicsContext g) {
            flushColumn();
            if (n > 1) {
                g.strokePolyline(xs, ys, n);
            }
            n = 0;
            column = Integer.MIN_VALUE;
        }
    }

    private void paintLegend() {
        List<SeriesData> shown = frame.series().size() > LEGEND_MAX
                ? frame.series().stream().filter(s -> s.key().isTotal()).limit(LEGEND_MAX).toList()
                : frame.series();
        g.setFont(LagChart.font(11));
        double lineHeight = 16;
        double width = 0;
        for (SeriesData s : shown) {
            width = Math.max(width, s.key().label().length() * 6.4 + 28);
        }
        double lx = box.x() + 8;
        double ly = box.y() + 6;
        g.setFill(background.deriveColor(0, 1, 1, 0.85));
        g.fillRoundRect(lx, ly, Math.min(width, box.w() - 16), shown.size() * lineHeight + 8, 6, 6);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < shown.size(); i++) {
            SeriesData s = shown.get(i);
            double cy = ly + 4 + i * lineHeight + lineHeight / 2;
            g.setFill(LagChart.PALETTE[frame.colour(s.key()) % LagChart.PALETTE.length]);
            g.fillRect(lx + 6, cy - 2, 14, s.key().isTotal() ? 4 : 2);
            g.setFill(axis.darker());
            g.fillText(s.key().label(), lx + 26, cy);
        }
    }

    private void paintHover(double hoverX) {
        long time = start + (long) ((hoverX - box.x()) * (end - start) / box.w());
        List<String> lines = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        long shownTime = Long.MIN_VALUE;
        for (SeriesData s : frame.series()) {
            int i = nearest(s, time);
            if (i >= 0 && Math.abs(s.times()[i] - time) <= 2 * Math.max(frame.periodMillis(), 1)) {
                shownTime = s.times()[i];
                lines.add(s.key().label() + ": " + GroupFormats.count(s.values()[i]));
                colours.add(LagChart.PALETTE[frame.colour(s.key()) % LagChart.PALETTE.length]);
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        double px = x(shownTime);
        g.setStroke(axis);
        g.setLineWidth(1);
        g.strokeLine(px, box.y(), px, box.y() + box.h());
        int count = Math.min(lines.size(), 10);
        double width = lines.stream().limit(count).mapToDouble(l -> l.length() * 6.4).max().orElse(80) + 24;
        double height = (count + 1) * 16 + 8;
        double bx = px + 12 + width > box.x() + box.w() ? px - 12 - width : px + 12;
        double by = box.y() + 8;
        g.setFill(background.deriveColor(0, 1, 1, 0.92));
        g.fillRoundRect(bx, by, width, height, 6, 6);
        g.setStroke(axis);
        g.strokeRoundRect(bx, by, width, height, 6, 6);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(axis.darker());
        g.fillText(LagChart.time(shownTime, 1000), bx + 8, by + 12);
        for (int i = 0; i < count; i++) {
            g.setFill(colours.get(i));
            g.fillRect(bx + 8, by + 12 + (i + 1) * 16 - 2, 8, 4);
            g.setFill(axis.darker());
            g.fillText(lines.get(i), bx + 20, by + 12 + (i + 1) * 16);
        }
    }

    private static int nearest(SeriesData s, long time) {
        if (s.size() == 0) {
            return -1;
        }
        int i = Math.min(LagChart.firstAtOrAfter(s, time), s.size() - 1);
        if (i > 0 && Math.abs(s.times()[i - 1] - time) < Math.abs(s.times()[i] - time)) {
            return i - 1;
        }
        return i;
    }
}
