package io.partita.bench;

import io.partita.async.FxTaskRunners;
import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.TopicSummary;
import io.partita.sandbox.Sandbox;
import io.partita.sandbox.SandboxOptions;
import io.partita.ui.common.DialogService;
import io.partita.ui.common.Styling;
import io.partita.ui.configs.ConfigDialogs;
import io.partita.ui.profiles.ProfileEditorViewModel;
import io.partita.ui.topics.CreateTopicViewModel;
import io.partita.ui.topics.ReassignmentViewModel;
import io.partita.ui.topics.TopicDialogs;
import io.partita.ui.topics.TopicsView;
import io.partita.ui.topics.TopicsViewModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Benchmark, not a test: the real topics tab (view + view model + services) on a cluster with many topics.
 * Measures, per round, the time from opening the session to the first rows, to every row, and to the sizes; the
 * longest stall of the UI thread meanwhile; then the time per filter keystroke (filter, sort, table layout).
 * Run by bench/topics-bench.sh (headless JavaFX). Args: TOPICS PARTITIONS ROUNDS [BOOTSTRAP].
 */
public final class TopicListBench {

    public static void main(String[] args) throws Exception {
        int topics = Integer.parseInt(args[0]);
        int partitions = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Sandbox sandbox = null;
        String bootstrap;
        if (args.length > 3) {
            bootstrap = args[3];
        } else {
            long t0 = System.nanoTime();
            sandbox = Sandbox.start(new SandboxOptions(3, false, false, null, false), s -> System.err.println(s));
            bootstrap = sandbox.bootstrapServers();
            System.out.printf("sandbox: 1 controller + 3 brokers up in %.1f s%n", seconds(t0));
        }
        try {
            createTopics(bootstrap, topics, partitions);
            Platform.startup(() -> Styling.useTheme(false));
            Platform.setImplicitExit(false);
            ClusterProfile profile = ClusterProfile.simple("bench", bootstrap, null);
            for (int round = 1; round <= rounds; round++) {
                services(profile, round);
                measure(profile, round, topics);
            }
        } finally {
            Platform.exit();
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    private static void createTopics(String bootstrap, int topics, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap, "request.timeout.ms", "120000",
                "default.api.timeout.ms", "600000"))) {
            Set<String> existing = new HashSet<>(admin.listTopics().names().get());
            List<NewTopic> missing = new ArrayList<>();
            for (int i = 0; i < topics; i++) {
                String name = String.format("bench-%05d", i);
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, partitions, (short) 1));
                }
            }
            long t0 = System.nanoTime();
            for (int from = 0; from < missing.size(); from += 250) {
                admin.createTopics(missing.subList(from, Math.min(missing.size(), from + 250)),
                        new CreateTopicsOptions().timeoutMs(120_000)).all().get(10, TimeUnit.MINUTES);
                if ((from / 250) % 4 == 0) {
                    System.err.printf("created %d of %d topics (%.0f s)%n", from + 250, missing.size(), seconds(t0));
                }
            }
            System.out.printf("created %d topics x %d partitions (RF 1) in %.1f s; %d existed%n", missing.size(),
                    partitions, seconds(t0), topics - missing.size());
            // Brokers learn about new topics asynchronously: wait until every topic can be described.
            List<String> names = new ArrayList<>();
            for (int i = 0; i < topics; i++) {
                names.add(String.format("bench-%05d", i));
            }
            for (int attempt = 0; attempt < 120; attempt++) {
                try {
                    admin.describeTopics(names).allTopicNames().get(2, TimeUnit.MINUTES);
                    return;
                } catch (java.util.concurrent.ExecutionException e) {
                    Thread.sleep(1000);
                }
            }
            throw new IllegalStateException("the new topics did not become describable");
        }
    }

    /** The same calls without any UI, step by step: where the time goes. */
    private static void services(ClusterProfile profile, int round) {
        long t0 = System.nanoTime();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        try (ClusterSession session = ClusterSession.open(profile, Credentials.none())) {
            java.time.Duration timeout = java.time.Duration.ofMinutes(2);
            List<String> names = session.topics().names(true, timeout);
            double listed = seconds(t0);
            List<String> steps = new ArrayList<>();
            for (int from = 0; from < names.size(); from += 1000) {
                long t = System.nanoTime();
                session.topics().summaries(names.subList(from, Math.min(names.size(), from + 1000)), timeout);
                steps.add(String.format("%.2f", seconds(t)));
            }
            double rows = seconds(t0);
            long t = System.nanoTime();
            int sized = session.topics().sizesPerTopic(timeout).size();
            System.out.printf("round %d services only: list %d names %.2f s; describe+offsets per 1000 topics %s s; "
                            + "all rows %.2f s; sizes of %d topics %.2f s; process CPU %.2f s%n", round, names.size(),
                    listed, steps, rows, sized, seconds(t), (os.getProcessCpuTime() - cpu0) / 1e9);
        }
    }

    private static void measure(ClusterProfile profile, int round, int topics) throws Exception {
        CompletableFuture<Void> firstRows = new CompletableFuture<>();
        CompletableFuture<Void> allRows = new CompletableFuture<>();
        CompletableFuture<Void> sized = new CompletableFuture<>();
        AtomicLong worstGap = new AtomicLong();
        TaskRunner runner = FxTaskRunners.create();
        Stage[] stage = new Stage[1];
        TopicsViewModel[] vm = new TopicsViewModel[1];
        TopicsView[] view = new TopicsView[1];
        AnimationTimer[] heartbeat = new AnimationTimer[1];
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long fxThread = callFx(() -> Thread.currentThread().getId());
        long fxCpu0 = threads.getThreadCpuTime(fxThread);
        Map<String, Long> perThread0 = cpuByThreadGroup();
        long t0 = System.nanoTime();
        ClusterSession session = ClusterSession.open(profile, Credentials.none());
        fx(() -> {
            NoDialogs dialogs = new NoDialogs();
            vm[0] = new TopicsViewModel(runner, session, dialogs, dialogs, dialogs);
            view[0] = new TopicsView(vm[0]);
            stage[0] = new Stage();
            Scene scene = new Scene(view[0], 1280, 800);
            Styling.apply(scene);
            stage[0].setScene(scene);
            stage[0].show();
            heartbeat[0] = gapMeter(worstGap);
            heartbeat[0].start();
            vm[0].topics().addListener((ListChangeListener<TopicSummary>) c -> {
                if (!vm[0].topics().isEmpty()) {
                    firstRows.complete(null);
                }
                if (vm[0].topics().size() >= topics) {
                    allRows.complete(null);
                }
            });
            vm[0].loadingProperty().addListener((obs, was, loading) -> {
                if (!loading) {
                    sized.complete(null);
                }
            });
            vm[0].refreshCommand().execute();
        });
        await(firstRows, vm[0], "first rows");
        double first = seconds(t0);
        await(allRows, vm[0], "all rows");
        double all = seconds(t0);
        await(sized, vm[0], "sizes");
        double sizes = seconds(t0);
        fx(() -> heartbeat[0].stop());
        long gapDuringLoad = worstGap.get();
        String error = callFx(() -> vm[0].errorProperty().get());
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        double fxCpu = (threads.getThreadCpuTime(fxThread) - fxCpu0) / 1e9;
        Map<String, Long> perThread = cpuByThreadGroup();
        StringBuilder breakdown = new StringBuilder();
        perThread.forEach((group, nanos) -> {
            long spent = nanos - perThread0.getOrDefault(group, 0L);
            if (spent > 20_000_000L) {
                breakdown.append(String.format(" %s %.2f s;", group, spent / 1e9));
            }
        });
        System.out.printf("round %d: first rows %.2f s, all %d rows %.2f s, sizes %.2f s, longest UI stall %d ms, "
                        + "UI-thread CPU %.2f s, process CPU %.2f s, load average %.1f%s%n", round, first, topics, all,
                sizes, gapDuringLoad / 1_000_000, fxCpu, cpu, os.getSystemLoadAverage(),
                error.isEmpty() ? "" : " ERROR " + error);
        System.out.println("round " + round + ": CPU by thread:" + breakdown);
        filterLatency(view[0], round);
        fx(() -> stage[0].close());
        runner.close();
        session.close();
    }

    private static void await(CompletableFuture<Void> step, TopicsViewModel vm, String what) throws Exception {
        try {
            step.get(3, TimeUnit.MINUTES);
        } catch (java.util.concurrent.TimeoutException e) {
            String state = callFx(() -> vm.topics().size() + " rows, progress '" + vm.progressProperty().get()
                    + "', error '" + vm.errorProperty().get() + "'");
            throw new IllegalStateException("no " + what + " within 3 minutes: " + state, e);
        }
    }

    /** Types a filter one key at a time and times each keystroke's work on the UI thread, layout included. */
    private static void filterLatency(TopicsView view, int round) throws Exception {
        String typed = "bench-0123";
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (String text : keystrokes(typed)) {
            long[] spent = callFx(() -> {
                TextField field = (TextField) view.lookup("#topicFilter");
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                field.setText(text);
                Parent root = view.getScene().getRoot();
                root.applyCss();
                root.layout();
                return new long[] {System.nanoTime() - t, threads.getCurrentThreadCpuTime() - c};
            });
            wall.add(spent[0]);
            cpu.add(spent[1]);
            Thread.sleep(30);
        }
        System.out.printf("round %d: filter per keystroke (%d keystrokes typing and erasing '%s'): wall %s; "
                + "UI-thread CPU %s%n", round, wall.size(), typed, stats(wall), stats(cpu));
    }

    /** CPU time so far per kind of thread (names without their numbers). */
    private static Map<String, Long> cpuByThreadGroup() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Long> result = new java.util.TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            var info = threads.getThreadInfo(id);
            long cpu = threads.getThreadCpuTime(id);
            if (info != null && cpu > 0) {
                result.merge(info.getThreadName().replaceAll("[-_ ]?\\d+", ""), cpu, Long::sum);
            }
        }
        return result;
    }

    private static String stats(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("median %.1f ms, p95 %.1f ms, max %.1f ms", sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    /** "b", "be", … the whole text, then erased one key at a time back to "". */
    private static List<String> keystrokes(String text) {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= text.length(); i++) {
            keys.add(text.substring(0, i));
        }
        for (int i = text.length() - 1; i >= 0; i--) {
            keys.add(text.substring(0, i));
        }
        return keys;
    }

    private static AnimationTimer gapMeter(AtomicLong worst) {
        return new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    worst.accumulateAndGet(now - last, Math::max);
                }
                last = now;
            }
        };
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void fx(Runnable action) throws Exception {
        callFx(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T callFx(java.util.concurrent.Callable<T> action) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(action.call());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    /** The benchmark opens no dialogs. */
    private static final class NoDialogs implements DialogService, TopicDialogs, ConfigDialogs {
        public boolean confirm(String t, String m, String c) { return false; }
        public void showError(String t, String m) { System.err.println("error: " + m); }
        public void editProfile(ProfileEditorViewModel e) { }
        public void createTopic(CreateTopicViewModel d) { }
        public boolean confirmByName(String t, String m, String n, String a) { return false; }
        public Optional<Integer> askPartitionCount(String t, int c) { return Optional.empty(); }
        public Optional<Long> askDeleteBefore(String t, String p, long h) { return Optional.empty(); }
        public void reassign(ReassignmentViewModel d) { }
        public Optional<io.partita.ui.configs.ConfigEdit> edit(String t, io.partita.model.ConfigValue c, boolean w) {
            return Optional.empty();
        }
    }

    private TopicListBench() {
    }

}
