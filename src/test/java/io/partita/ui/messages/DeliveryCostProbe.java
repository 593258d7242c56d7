package io.partita.ui.messages;

import io.partita.bench.FxStreamBench;
import io.partita.bench.ViewStream;
import io.partita.model.FormatChoice;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What one delivery into a full, capped messages table costs the UI thread, without a reader or renderer competing:
 * the table (1500×650, the app's styles) holds 100,000 rows; each step drops 5,000 at the front, appends 5,000 and
 * runs CSS and layout, timed as the UI thread's CPU. Steps are a pulse apart so rendering happens in between, as in
 * the app. Prints median, 90th percentile and longest of {@code -Dprobe.steps} (default 150) after 30 warm-up
 * steps. Before that, the first delivery into the primed, empty table ({@code -Dprobe.first} rows, default the batch;
 * {@code -Dprobe.fills} times, clearing in between). A bench, not a test (bench/RESULTS-messages.md); run under Xvfb.
 */
public final class DeliveryCostProbe {

    public static void main(String[] args) throws Exception {
        int steps = Integer.getInteger("probe.steps", 150);
        int batch = Integer.getInteger("probe.batch", 5000);
        int cap = 100_000;
        // As the reader hands rows over: in columns (each row here has an array of its own).
        RowColumns pool = new RowColumns();
        FormatChoice auto = FormatChoice.AUTO;
        for (int i = 0; i < cap + (steps + 30) * batch; i++) {
            pool.add(new MessageRow(FxStreamBench.record(i), auto, auto));
        }
        ViewStream.startFx();
        RowList rows = new RowList();
        Object[] table = new Object[1];
        StackPane root = new StackPane();
        onFx(() -> {
            TableView<MessageRow> t = MessageTable.create(rows, ZoneOffset.UTC);
            root.getChildren().add(t);
            table[0] = t;
        });
        ViewStream.showStyled(root, 1500, 650);
        Thread.sleep(3000); // the table primes its cells
        ThreadMXBean fillThreads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < Integer.getInteger("probe.fills", 1); round++) {
            int r = round;
            onFx(() -> {
                // The first rows into the primed, empty table, as a browse's first delivery.
                long t0 = fillThreads.getCurrentThreadCpuTime();
                rows.append(pool.copyOfRange(0, Integer.getInteger("probe.first", batch)));
                TableView<?> t = (TableView<?>) table[0];
                t.getScene().getRoot().applyCss();
                t.getScene().getRoot().layout();
                System.out.printf(Locale.ROOT, "delivery %d into the empty table: UI CPU %.1f ms%n", r + 1,
                        (fillThreads.getCurrentThreadCpuTime() - t0) / 1e6);
            });
            Thread.sleep(200);
            if (round + 1 < Integer.getInteger("probe.fills", 1)) {
                onFx(() -> {
                    long t0 = fillThreads.getCurrentThreadCpuTime();
                    rows.clear();
                    TableView<?> t = (TableView<?>) table[0];
                    t.getScene().getRoot().applyCss();
                    t.getScene().getRoot().layout();
                    System.out.printf(Locale.ROOT, "clearing: UI CPU %.1f ms%n",
                            (fillThreads.getCurrentThreadCpuTime() - t0) / 1e6);
                });
                Thread.sleep(200);
            }
        }
        onFx(() -> rows.append(pool.copyOfRange(rows.size(), cap)));
        Thread.sleep(500);
        if (Boolean.getBoolean("probe.churn")) {
            // A reader's worth of allocation on another thread: records built and thrown away.
            Thread churn = new Thread(() -> {
                List<MessageRow> sink = new ArrayList<>();
                for (long i = 0; ; i++) {
                    sink.add(new MessageRow(FxStreamBench.record(i), auto, auto));
                    if (sink.size() == 50_000) {
                        sink = new ArrayList<>();
                    }
                }
            }, "churn");
            churn.setDaemon(true);
            churn.start();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[steps];
        long[] whole = new long[steps];
        long[] fxId = new long[1];
        onFx(() -> fxId[0] = Thread.currentThread().getId());
        int[] next = {cap};
        for (int step = -30; step < steps; step++) {
            int s = step;
            long before = threads.getThreadCpuTime(fxId[0]);
            onFx(() -> {
                long t0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                rows.dropAndAppend(batch, pool.copyOfRange(next[0], next[0] + batch));
                next[0] += batch;
                TableView<?> t = (TableView<?>) table[0];
                t.getScene().getRoot().applyCss();
                t.getScene().getRoot().layout();
                if (s >= 0) {
                    cpu[s] = threads.getCurrentThreadCpuTime() - t0;
                    if (Boolean.getBoolean("probe.verbose") && cpu[s] > 30_000_000L) {
                        System.out.printf(Locale.ROOT, "delivery step %d: %.1f ms, wall %.1f ms, GCs so far %d%n", s,
                                cpu[s] / 1e6, (System.nanoTime() - w0) / 1e6, gcCount());
                    }
                }
            });
            Thread.sleep(60);
            if (s >= 0) {
                whole[s] = threads.getThreadCpuTime(fxId[0]) - before;
            }
        }
        Arrays.sort(whole);
        System.out.printf(Locale.ROOT, "delivery plus the pulse after it: UI CPU median %.1f ms, p90 %.1f ms, longest "
                + "%.1f ms%n", whole[steps / 2] / 1e6, whole[steps * 9 / 10] / 1e6, whole[steps - 1] / 1e6);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "delivery of %,d rows into %,d: UI CPU median %.1f ms, p90 %.1f ms, longest %.1f ms"
                        + " (%d steps)%n", batch, cap, cpu[steps / 2] / 1e6, cpu[steps * 9 / 10] / 1e6,
                cpu[steps - 1] / 1e6, steps);
        System.exit(0);
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> b.getCollectionCount()).sum();
    }

    private static void onFx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(60_000, r);
    }
}
