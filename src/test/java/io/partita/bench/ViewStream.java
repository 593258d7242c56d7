package io.partita.bench;

import io.partita.async.FxTaskRunners;
import io.partita.ui.common.Styling;
import io.partita.ui.messages.BrowseSettings;
import io.partita.ui.messages.MessageSource;
import io.partita.ui.messages.MessagesView;
import io.partita.ui.messages.MessagesViewModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The UI side of the message benches: the real messages view and view model in a 1500×900 stage, one browse, and
 * what the UI thread went through while its rows streamed in. Two figures per pulse: the wall-clock gap since the
 * previous pulse (what a user feels: it includes waiting for the renderer, which under Xvfb is JavaFX's software
 * pipeline, and for a CPU shared with the reader) and the UI thread's own CPU time in that gap (the app's work:
 * the list change, CSS, layout). The window is shown first, then the view is built in it (what opening the tab costs
 * is printed); the browse starts {@code idle} after that, as a user who picks a topic first.
 */
public final class ViewStream {

    /** Longest, 99th percentile and median of some durations, in milliseconds. */
    record Stats(int count, double longest, double p99, double median, double total, int over50) {
        static Stats of(List<Long> nanos) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                return new Stats(0, 0, 0, 0, 0, 0);
            }
            return new Stats(sorted.length, sorted[sorted.length - 1] / 1e6,
                    sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1e6,
                    sorted[sorted.length / 2] / 1e6, java.util.Arrays.stream(sorted).sum() / 1e6,
                    (int) java.util.Arrays.stream(sorted).filter(n -> n > 50_000_000L).count());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "longest %.1f ms, p99 %.1f ms, median %.1f ms, total %.0f ms, %d over 50 ms",
                    longest, p99, median, total, over50);
        }
    }

    record Result(double seconds, long read, int rows, long dropped, Stats gaps, Stats cpu, Stats waits,
                  String status) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d records into the view in %.2f s (%,.0f/s), %,d rows kept, %,d "
                            + "dropped; %d pulses: gap %s; UI-thread CPU per pulse %s; an event's wait for the UI "
                            + "thread (%d probes) %s", read, seconds,
                    read / Math.max(1e-9, seconds), rows, dropped, gaps.count(), gaps, cpu, waits.count(), waits);
        }
    }

    private ViewStream() {
    }

    /** Starts the JavaFX toolkit (no Application) and waits until it runs. */
    public static void startFx() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false); // a run closes its window; the next run opens another
    }

    /** Shows {@code root} in a stage with the app's styles, from any thread; returns once it is shown. */
    public static void showStyled(javafx.scene.Parent root, double width, double height) throws InterruptedException {
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(root, width, height);
            Styling.useTheme(false);
            Styling.apply(scene);
            stage.setScene(scene);
            stage.show();
            shown.countDown();
        });
        shown.await();
    }

    /** Shows the view, waits {@code idle}, runs one browse set up by {@code settings} and measures it. */
    static Result run(MessageSource source, Consumer<BrowseSettings> settings, java.time.Duration idle)
            throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> gaps = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        long[] times = new long[2];
        List<Long> idlePulses = new ArrayList<>();
        List<Long> waits = java.util.Collections.synchronizedList(new ArrayList<>());
        MessagesViewModel[] vm = new MessagesViewModel[1];
        AnimationTimer[] timer = new AnimationTimer[1];
        CountDownLatch done = new CountDownLatch(1);
        StackPane root = new StackPane();
        showStyled(root, 1500, 900);
        Thread.sleep(500);
        Platform.runLater(() -> {
            // The window is up: what follows is what opening the Messages tab costs.
            long t0 = System.nanoTime();
            vm[0] = new MessagesViewModel(FxTaskRunners.create(), source, ZoneOffset.UTC, t -> { });
            MessagesView view = new MessagesView(vm[0], ZoneOffset.UTC);
            long t1 = System.nanoTime();
            root.getChildren().setAll(view);
            root.applyCss();
            root.layout();
            System.out.printf(Locale.ROOT, "opening the view: built in %.0f ms, first CSS + layout %.0f ms%n",
                    (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6);
            PulseSampler sampler = "stacks".equals(System.getProperty("bench.trace"))
                    ? PulseSampler.start(Thread.currentThread()) : null;
            boolean traceGaps = "gaps".equals(System.getProperty("bench.trace"));
            List<java.lang.management.GarbageCollectorMXBean> collectors =
                    java.lang.management.ManagementFactory.getGarbageCollectorMXBeans();
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            timer[0] = new AnimationTimer() {
                private long previous;
                private long previousCpu;
                private long previousGc;
                private java.util.Map<String, Long> previousByKind = java.util.Map.of();
                private long previousProcessCpu;
                private long previousBusy;

                @Override
                public void handle(long now) {
                    long thisCpu = threads.getCurrentThreadCpuTime();
                    if (previous != 0 && times[0] == 0) {
                        idlePulses.add(thisCpu - previousCpu);
                    }
                    if (previous != 0 && vm[0].runningProperty().get()) {
                        gaps.add(now - previous);
                        cpu.add(thisCpu - previousCpu);
                        if ("true".equals(System.getProperty("bench.trace")) && thisCpu - previousCpu > 40_000_000L) {
                            System.out.printf(Locale.ROOT, "  pulse at %.2f s: gap %.0f ms, UI CPU %.0f ms, %,d read%n",
                                    (System.nanoTime() - times[0]) / 1e9, (now - previous) / 1e6,
                                    (thisCpu - previousCpu) / 1e6, vm[0].readProperty().get());
                        }
                        if (sampler != null && thisCpu - previousCpu > 40_000_000L) {
                            System.out.printf(Locale.ROOT, "  pulse at %.2f s: gap %.0f ms, UI CPU %.0f ms%n%s",
                                    (System.nanoTime() - times[0]) / 1e9, (now - previous) / 1e6,
                                    (thisCpu - previousCpu) / 1e6, sampler.since(previous));
                        }
                    }
                    if (traceGaps) {
                        // What a long gap was made of: the UI thread's CPU, the collectors' pauses, the process's CPU
                        // (two cores: up to twice the gap) and what is left (waiting for a core or the renderer).
                        long gc = collectors.stream().mapToLong(c -> c.getCollectionTime()).sum();
                        long processCpu = os.getProcessCpuTime();
                        java.util.Map<String, Long> byKind = threadCpu(threads);
                        byKind.putAll(vmThreadCpu());
                        long busy = machineBusyNanos();
                        if (previous != 0 && vm[0].runningProperty().get() && now - previous > 50_000_000L) {
                            StringBuilder kinds = new StringBuilder();
                            byKind.forEach((kind, ns) -> {
                                long spent = ns - previousByKind.getOrDefault(kind, 0L);
                                if (spent >= 1_000_000L && !kind.equals("JavaFX Application Thread")) {
                                    kinds.append(String.format(Locale.ROOT, ", %s %.0f", kind, spent / 1e6));
                                }
                            });
                            System.out.printf(Locale.ROOT, "  gap at %.2f s: %.0f ms; UI CPU %.0f ms, GC %d ms, "
                                            + "process CPU %.0f ms (threads, ms%s); other processes ~%.0f ms%n",
                                    (System.nanoTime() - times[0]) / 1e9,
                                    (now - previous) / 1e6, (thisCpu - previousCpu) / 1e6, gc - previousGc,
                                    (processCpu - previousProcessCpu) / 1e6, kinds,
                                    Math.max(0, busy - previousBusy - (processCpu - previousProcessCpu)) / 1e6);
                        }
                        previousByKind = byKind;
                        previousGc = gc;
                        previousProcessCpu = processCpu;
                        previousBusy = busy;
                    }
                    previous = now;
                    previousCpu = thisCpu;
                }
            };
            timer[0].start();
            vm[0].runningProperty().addListener((o, was, running) -> {
                if (!running) {
                    times[1] = System.nanoTime();
                    if (sampler != null) {
                        System.out.print("long pulses, " + sampler.total());
                    }
                    done.countDown();
                }
            });
            settings.accept(vm[0].settings());
            Runnable begin = () -> {
                // The first pulses after building the view show it (its first render); the table primes after them.
                System.out.printf(Locale.ROOT, "before the browse: %d pulses, UI CPU of the first three %s ms, of the "
                                + "rest (the table priming) longest %.1f ms%n", idlePulses.size(),
                        idlePulses.stream().limit(3).map(n -> String.valueOf(n / 1_000_000)).toList(),
                        idlePulses.stream().skip(3).mapToLong(Long::longValue).max().orElse(0) / 1e6);
                if (Boolean.getBoolean("bench.pseudo")) {
                    countPseudoClassChanges(root);
                }
                times[0] = System.nanoTime();
                vm[0].startCommand().execute();
                probeWaits(waits, done, times[0]);
            };
            if (idle.isZero()) {
                begin.run();
            } else {
                PauseTransition wait = new PauseTransition(Duration.millis(idle.toMillis()));
                wait.setOnFinished(e -> begin.run());
                wait.play();
            }
        });
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the browse did not finish in 10 minutes");
        }
        Thread.sleep(300);
        CountDownLatch read = new CountDownLatch(1);
        Object[] state = new Object[4];
        Platform.runLater(() -> {
            state[0] = vm[0].readProperty().get();
            state[1] = vm[0].rows().size();
            state[2] = vm[0].droppedProperty().get();
            state[3] = vm[0].statusProperty().get();
            read.countDown();
        });
        read.await();
        // The next round must not carry this one: a running timer held the view model and its 100,000 rows (and ran
        // at every pulse), so each round left ~30 MB more in the old generation for the collector of the next.
        Platform.runLater(() -> {
            timer[0].stop();
            vm[0].dispose();
            root.getChildren().clear();
            root.getScene().getWindow().hide();
        });
        return new Result((times[1] - times[0]) / 1e9, ((Number) state[0]).longValue(), (Integer) state[1],
                ((Number) state[2]).longValue(), Stats.of(gaps), Stats.of(cpu),
                Stats.of(List.copyOf(waits)), (String) state[3]);
    }

    /**
     * How long an event (a click, a key) would wait for the UI thread while the stream runs: every 5 ms, one task is
     * posted to it and the time until it runs is kept, one task at a time. A pulse that waits for the renderer, a
     * collector's pause and the UI thread's own work all delay it; the renderer drawing while the UI thread is free
     * does not.
     */
    private static void probeWaits(List<Long> waits, CountDownLatch done, long start) {
        boolean trace = "gaps".equals(System.getProperty("bench.trace"));
        Thread probe = new Thread(() -> {
            try {
                while (done.getCount() > 0) {
                    CountDownLatch ran = new CountDownLatch(1);
                    long posted = System.nanoTime();
                    Platform.runLater(() -> {
                        long now = System.nanoTime();
                        waits.add(now - posted);
                        if (trace && now - posted > 50_000_000L) {
                            System.out.printf(Locale.ROOT, "  event posted at %.2f s waited %.0f ms%n",
                                    (posted - start) / 1e9, (now - posted) / 1e6);
                        }
                        ran.countDown();
                    });
                    ran.await();
                    Thread.sleep(5);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "event-wait-probe");
        probe.setDaemon(true);
        probe.start();
    }

    /**
     * CPU time of the JVM's own threads (JIT compilers, collectors, the VM thread), which ThreadMXBean does not list:
     * from /proc/self/task/N/schedstat on Linux (nanoseconds on a CPU), grouped by their names; empty elsewhere.
     */
    static java.util.Map<String, Long> vmThreadCpu() {
        java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String comm = java.nio.file.Files.readString(task.resolve("comm")).trim();
                    String kind = comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler") ? "JIT"
                            : comm.startsWith("GC Thread") || comm.startsWith("G1 ") || comm.equals("VM Thread")
                            ? "GC/VM" : null;
                    if (kind != null) {
                        String stat = java.nio.file.Files.readString(task.resolve("schedstat")).trim();
                        byKind.merge(kind, Long.parseLong(stat.split(" ")[0]), Long::sum);
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            });
        } catch (java.io.IOException e) {
            // no /proc: not Linux
        }
        return byKind;
    }

    /**
     * The CPU time all processes of the machine have had, from /proc/stat (its ticks are 10 ms, so a gap's figure is
     * rough): less this process's, it is what the broker, the X server and the rest took; 0 where there is no /proc.
     */
    static long machineBusyNanos() {
        long[] ticks = machineTicks();
        return ticks == null ? 0 : (ticks[0] - ticks[1]) * 10_000_000L;
    }

    /**
     * All CPUs' ticks since boot from /proc/stat's first line: in all (user to steal; the guest fields are within
     * user and nice already) and idle (idle and iowait). Null where there is no /proc.
     */
    static long[] machineTicks() {
        try {
            String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim()
                    .split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** CPU time of the live threads by kind (their names without numbers), for the gap trace. */
    static java.util.Map<String, Long> threadCpu(java.lang.management.ThreadMXBean threads) {
        java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long ns = threads.getThreadCpuTime(info.getThreadId());
            String kind = info.getThreadName().replaceAll("[-0-9]*(bench\\.orders)?$", "")
                    .replaceAll("-[0-9]+-", "-");
            if (ns > 0) {
                byKind.merge(kind, ns, Long::sum);
            }
        }
        return byKind;
    }

    /** Prints, at exit, how often each pseudo-class of the table's rows and cells (and their texts) came or went. */
    private static void countPseudoClassChanges(javafx.scene.Parent root) {
        java.util.Map<String, java.util.concurrent.atomic.AtomicLong> counts =
                new java.util.concurrent.ConcurrentHashMap<>();
        for (String selector : List.of(".table-row-cell", ".table-cell", ".table-cell .text")) {
            for (javafx.scene.Node n : root.lookupAll(selector)) {
                String kind = selector + "(" + n.getClass().getSimpleName() + ")";
                javafx.collections.SetChangeListener<javafx.css.PseudoClass> counter = c -> {
                    String what = kind + (c.wasAdded() ? " +" + c.getElementAdded() : " -" + c.getElementRemoved());
                    counts.computeIfAbsent(what, k -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
                };
                n.getPseudoClassStates().addListener(counter);
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> counts.forEach((k, v) ->
                System.out.println("pseudo-class " + k + ": " + v))));
    }

    /**
     * The idle time before the browse: {@code -Dbench.idle} milliseconds, 1,500 unless told (long enough for the
     * table to make its cells ahead, {@code CellPrimer}; a user picking a topic takes longer). {@code
     * -Dbench.trace=true} prints every pulse whose UI-thread CPU passed 40 ms; {@code -Dbench.trace=stacks} also
     * what the UI thread was doing in it ({@link PulseSampler}).
     */
    static java.time.Duration idle() {
        return java.time.Duration.ofMillis(Long.getLong("bench.idle", 1500));
    }
}
