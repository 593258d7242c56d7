package io.partita.bench;

import io.partita.async.FxTaskRunners;
import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.SeriesData;
import io.partita.model.SeriesKey;
import io.partita.ui.common.DialogService;
import io.partita.ui.common.Styling;
import io.partita.ui.groups.ChartFrame;
import io.partita.ui.groups.GroupDialogs;
import io.partita.ui.groups.GroupsView;
import io.partita.ui.groups.GroupsViewModel;
import io.partita.ui.groups.LagChart;
import io.partita.ui.groups.OffsetResetViewModel;
import io.partita.ui.profiles.ProfileEditorViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The GUI parts of {@link GroupListBench}: the real groups tab and chart in headless JavaFX. */
final class GroupTabBench {

    private GroupTabBench() {
    }

    /** Measures the longest gap between two pulses (60 per second when idle) while it runs. */
    static final class Heartbeat extends AnimationTimer {
        final AtomicLong worst = new AtomicLong();
        private long last;

        @Override
        public void handle(long now) {
            if (last != 0) {
                worst.accumulateAndGet(now - last, Math::max);
            }
            last = now;
        }
    }

    static void listInTheTab(ClusterProfile profile, int round, int groups) throws Exception {
        TaskRunner runner = FxTaskRunners.create();
        long t0 = System.nanoTime();
        try (ClusterSession session = ClusterSession.open(profile, Credentials.none())) {
            Stage[] stage = new Stage[1];
            GroupsViewModel[] vm = new GroupsViewModel[1];
            Heartbeat heartbeat = new Heartbeat();
            CompletableFuture<Double> firstRows = new CompletableFuture<>();
            long build = System.nanoTime();
            fx(() -> {
                vm[0] = viewModel(runner, session);
                stage[0] = show(new GroupsView(vm[0]));
                vm[0].groups().addListener((javafx.collections.ListChangeListener<Object>) c ->
                        firstRows.complete(GroupListBench.seconds(t0)));
            });
            fx(() -> { }); // the first layout and CSS pass of the new tab happen before this runs
            double built = GroupListBench.seconds(build);
            fx(() -> {
                heartbeat.start();
                vm[0].refresh();
            });
            waitUntil(() -> vm[0].groups().size() >= groups && !vm[0].loadingProperty().get(), 120);
            double all = GroupListBench.seconds(t0);
            fx(() -> {
                heartbeat.stop();
                vm[0].dispose();
                stage[0].close();
            });
            System.out.printf("groups tab round %d: tab built and shown in %.2f s; from then on first rows %.2f s, "
                    + "all %d rows %.2f s (new session included); longest UI-thread gap while loading %.0f ms%n",
                    round, built, firstRows.get(1, TimeUnit.SECONDS) - built, groups, all - built,
                    heartbeat.worst.get() / 1e6);
        } finally {
            runner.close();
        }
    }

    /** Draw time of a full hour at 2 s (1,800 points per series) for 100 group totals and for 120 mixed series. */
    static void chartDraws() throws Exception {
        for (int[] shape : new int[][] {{100, 0}, {10, 11}}) {
            ChartFrame frame = frame(shape[0], shape[1], 1_800, 2_000);
            List<Long> times = new ArrayList<>();
            LagChart[] chart = new LagChart[1];
            Stage[] stage = new Stage[1];
            fx(() -> {
                chart[0] = new LagChart();
                stage[0] = show(chart[0]);
            });
            for (int i = 0; i < 40; i++) {
                fx(() -> chart[0].setFrame(frame));
                fx(() -> times.add(chart[0].lastDrawNanos()));
            }
            fx(() -> stage[0].close());
            List<Long> warm = new ArrayList<>(times.subList(10, times.size()));
            Collections.sort(warm);
            System.out.printf("chart draw, %d series x 1,800 points: median %.1f ms, max %.1f ms (first draw %.1f "
                    + "ms)%n", frame.series().size(), warm.get(warm.size() / 2) / 1e6, warm.get(warm.size() - 1) / 1e6,
                    times.get(0) / 1e6);
        }
    }

    /** The groups tab with 100 groups on the live chart for {@code seconds}: the longest UI-thread gap. */
    static void liveChart(ClusterProfile profile, int count, int seconds) throws Exception {
        TaskRunner runner = FxTaskRunners.create();
        try (ClusterSession session = ClusterSession.open(profile, Credentials.none())) {
            GroupsViewModel[] vm = new GroupsViewModel[1];
            GroupsView[] view = new GroupsView[1];
            Stage[] stage = new Stage[1];
            Heartbeat heartbeat = new Heartbeat();
            fx(() -> {
                vm[0] = viewModel(runner, session);
                view[0] = new GroupsView(vm[0]);
                stage[0] = show(view[0]);
                for (int i = 0; i < count; i++) {
                    vm[0].chart().add(GroupBenchSetup.group(i));
                }
                vm[0].pageProperty().set(GroupsViewModel.Page.CHART);
            });
            fx(() -> { }); // the tab's first layout and CSS pass happen before this runs
            fx(heartbeat::start);
            Thread.sleep(seconds * 1000L);
            long[] draws = new long[3];
            fx(() -> {
                heartbeat.stop();
                draws[0] = view[0].chart().draws();
                draws[1] = view[0].chart().maxDrawNanos();
                draws[2] = view[0].chart().lastDrawNanos();
                vm[0].dispose();
                stage[0].close();
            });
            System.out.printf("live chart, %d groups sampled every 2 s for %d s: %d draws, last %.1f ms, max %.1f ms;"
                    + " longest UI-thread gap %.0f ms%n", count, seconds, draws[0], draws[2] / 1e6, draws[1] / 1e6,
                    heartbeat.worst.get() / 1e6);
        } finally {
            runner.close();
        }
    }

    private static ChartFrame frame(int groups, int extraPerGroup, int points, long period) {
        long end = 1_800L * period + 1_000_000;
        List<SeriesData> series = new ArrayList<>();
        Map<SeriesKey, Integer> colours = new HashMap<>();
        java.util.Random random = new java.util.Random(7);
        for (int g = 0; g < groups; g++) {
            for (int s = 0; s <= extraPerGroup; s++) {
                SeriesKey key = s == 0 ? SeriesKey.total("g" + g) : SeriesKey.partition("g" + g,
                        new io.partita.model.PartitionRef("t", s - 1));
                long[] t = new long[points];
                long[] v = new long[points];
                long value = random.nextInt(100_000);
                for (int i = 0; i < points; i++) {
                    t[i] = end - (points - 1 - i) * period;
                    value = Math.max(0, value + random.nextInt(2_001) - 1_000);
                    v[i] = value;
                }
                colours.put(key, series.size());
                series.add(new SeriesData(key, t, v));
            }
        }
        return new ChartFrame(series, end, 3_600_000, period, colours);
    }

    private static GroupsViewModel viewModel(TaskRunner runner, ClusterSession session) {
        NoDialogs dialogs = new NoDialogs();
        return io.partita.ui.groups.GroupsFeature.viewModel(runner, session, dialogs, dialogs);
    }

    private static Stage show(javafx.scene.Parent root) {
        Styling.useTheme(false);
        Stage stage = new Stage();
        Scene scene = new Scene(root, 1200, 760); // inside Monocle's 1280 x 800 headless screen
        Styling.apply(scene);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    static void fx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            CompletableFuture<Boolean> ok = new CompletableFuture<>();
            Platform.runLater(() -> ok.complete(condition.getAsBoolean()));
            if (ok.get(30, TimeUnit.SECONDS)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("not done in " + seconds + " s");
    }

    /** The benchmark never opens a dialog. */
    static final class NoDialogs implements DialogService, GroupDialogs {
        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            return false;
        }

        @Override
        public void showError(String title, String message) {
            System.err.println(title + ": " + message);
        }

        @Override
        public void editProfile(ProfileEditorViewModel editor) {
        }

        @Override
        public void showReset(OffsetResetViewModel reset) {
        }

        @Override
        public Optional<String> chooseTopic(String title, String message, List<String> topics) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
            return Optional.empty();
        }
    }
}
