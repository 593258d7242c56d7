package io.partita.ui.messages;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TableView;

/**
 * Makes the messages table's cells before the first records need them. A table creates a row of cells (skins,
 * behaviours, CSS) the first time it shows that many items; its first fill made ~25 rows of 9 cells in one pulse,
 * 270 ms of UI-thread CPU on a fresh JVM and the longest stall of a browse (a second browse reuses the cells).
 * While the table is shown and still empty, this gives it made-up rows a few at a time, one step per pulse, up to a
 * screenful, then re-texts a few of them per pulse for a while; then the real list goes back and the cells wait in
 * the table's pile (or show the records that came meanwhile: a browse started with the tab waits the first few
 * pulses instead of stalling one, and ends the re-texting at once). Nobody sees the made-up rows: the rows' area is
 * transparent and takes no clicks meanwhile (the header still does), and Tab passes the table by. Their text holds
 * the characters real rows show, so the text layout has met them too.
 */
final class CellPrimer extends AnimationTimer {

    /** Rows made per pulse: a few milliseconds each once warm, the first ones more. */
    static final int STEP = 3;
    /**
     * Pulses that then re-text a few of the made rows each, while no records come, so that the code laying out new
     * text in rows is compiled before the first records need it (each such pulse is a few milliseconds).
     */
    static final int WARM_PULSES = 60;

    private final TableView<MessageRow> table;
    private final ObservableList<MessageRow> rows;
    private final RowList samples = new RowList();
    private Node flow;
    private boolean running;
    private boolean done;
    private boolean wasFocusTraversable;
    private int warmed;

    private CellPrimer(TableView<MessageRow> table, ObservableList<MessageRow> rows) {
        this.table = table;
        this.rows = rows;
    }

    /** Primes {@code table} (whose items are {@code rows}) once, the first time it is shown with a size. */
    static void install(TableView<MessageRow> table, ObservableList<MessageRow> rows) {
        CellPrimer primer = new CellPrimer(table, rows);
        table.skinProperty().addListener((o, was, skin) -> primer.maybeStart());
        table.heightProperty().addListener((o, was, height) -> primer.maybeStart());
    }

    private void maybeStart() {
        if (done || running || table.getSkin() == null || table.getHeight() <= 0) {
            return;
        }
        flow = table.lookup(".virtual-flow");
        if (flow == null) {
            return;
        }
        running = true;
        flow.setOpacity(0);
        flow.setMouseTransparent(true);
        // Nor the keyboard: Tab does not land on rows nobody sees (a selected made-up row would reach the detail).
        wasFocusTraversable = table.isFocusTraversable();
        table.setFocusTraversable(false);
        table.setItems(samples);
        start();
    }

    @Override
    public void handle(long now) {
        if (!running) {
            return;
        }
        int target = (int) Math.ceil(table.getHeight() / table.getFixedCellSize()) + 1;
        if (samples.size() < target) {
            samples.append(made(samples.size(), Math.min(STEP, target - samples.size())));
        } else if (warmed < WARM_PULSES && rows.isEmpty()) {
            warmed++;
            // As a capped browse's deliveries change the list (rows out, rows in at the end, the count unchanged), so
            // the table takes the same path: near the bottom, where only the last few rows change, and every tenth
            // pulse from the front, where every shown row is re-texted as in a real delivery.
            int from = warmed % 10 == 0 ? 0 : Math.max(0, samples.size() - 2 * STEP);
            samples.removeAndAppend(from, STEP, made(target + warmed * STEP, STEP));
        } else {
            finish();
        }
    }

    private static List<MessageRow> made(int from, int count) {
        List<MessageRow> made = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            made.add(MessageRow.sample(from + i));
        }
        return made;
    }

    private void finish() {
        if (!running) {
            return;
        }
        running = false;
        done = true;
        stop();
        table.setItems(rows);
        samples.clear();
        flow.setOpacity(1);
        flow.setMouseTransparent(false);
        table.setFocusTraversable(wasFocusTraversable);
    }
}
