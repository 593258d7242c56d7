package io.partita.bench;

import io.partita.async.BackgroundTaskRunner;
import io.partita.async.FxTaskRunners;
import io.partita.async.TaskHandle;
import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.kafka.LagSampler;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.GroupList;
import io.partita.model.SeriesDetail;
import io.partita.sandbox.Sandbox;
import io.partita.sandbox.SandboxOptions;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Benchmark, not a test (run by bench/groups-bench.sh). On a 3-broker sandbox with GROUPS groups x PARTITIONS
 * partitions: (1) the groups list with lag through the service, cold (new session) and warm; (2) the real groups tab
 * in headless JavaFX: time to every row and the longest UI-thread stall meanwhile; (3) the CPU cost of sampling 100
 * groups every 2 s; (4) the chart's draw time on big frames and the longest UI stall while it is live.
 * Args: GROUPS PARTITIONS ROUNDS SAMPLE_SECONDS [BOOTSTRAP].
 */
public final class GroupListBench {

    public static void main(String[] args) throws Exception {
        int groups = Integer.parseInt(args[0]);
        int partitions = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        int sampleSeconds = Integer.parseInt(args[3]);
        if ("draw".equals(System.getProperty("bench.parts"))) {
            Platform.startup(() -> { });
            Platform.setImplicitExit(false);
            GroupTabBench.chartDraws(); // no cluster needed
            Platform.exit();
            return;
        }
        Sandbox sandbox = null;
        String bootstrap;
        if (args.length > 4) {
            bootstrap = args[4];
        } else {
            long t0 = System.nanoTime();
            sandbox = Sandbox.start(new SandboxOptions(3, false, false, null, false), System.err::println);
            bootstrap = sandbox.bootstrapServers();
            System.out.printf("sandbox: 1 controller + 3 brokers up in %.1f s%n", seconds(t0));
        }
        try {
            GroupBenchSetup.run(bootstrap, groups, partitions);
            ClusterProfile profile = ClusterProfile.simple("bench", bootstrap, null);
            for (int round = 1; round <= rounds && part("service"); round++) {
                listThroughTheService(profile, round);
            }
            Platform.startup(() -> { });
            Platform.setImplicitExit(false); // closing one round's stage must not end the FX thread
            for (int round = 1; round <= rounds && part("tab"); round++) {
                GroupTabBench.listInTheTab(profile, round, groups);
            }
            if (part("sampling")) {
                samplingCpu(profile, Math.min(100, groups), sampleSeconds);
            }
            if (part("draw")) {
                GroupTabBench.chartDraws();
            }
            if (part("live")) {
                GroupTabBench.liveChart(profile, Math.min(100, groups), sampleSeconds);
            }
        } finally {
            Platform.exit();
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    private static void listThroughTheService(ClusterProfile profile, int round) {
        long t0 = System.nanoTime();
        AtomicLong firstBatch = new AtomicLong();
        try (ClusterSession session = ClusterSession.open(profile, Credentials.none())) {
            GroupList list = session.groups().list(GroupBenchSetup.timeout(), b -> firstBatch.compareAndSet(0,
                    System.nanoTime()));
            double cold = seconds(t0);
            long t1 = System.nanoTime();
            GroupList again = session.groups().list(GroupBenchSetup.timeout(), b -> { });
            double warm = seconds(t1);
            long withLag = list.groups().stream().filter(g -> g.totalLag() != null).count();
            System.out.printf("service round %d: %d groups (%d with lag) listed in %.2f s with a new session "
                    + "(first batch %.2f s), %.2f s warm (%d groups)%n", round, list.groups().size(), withLag, cold,
                    firstBatch.get() == 0 ? 0 : (firstBatch.get() - t0) / 1e9, warm, again.groups().size());
        }
    }

    /** Process CPU while idle (session open) and while sampling {@code count} groups every 2 s. */
    private static void samplingCpu(ClusterProfile profile, int count, int seconds) throws Exception {
        try (ClusterSession session = ClusterSession.open(profile, Credentials.none());
             TaskRunner runner = new BackgroundTaskRunner(Runnable::run)) {
            LagSampler sampler = session.newLagSampler();
            for (int i = 0; i < count; i++) {
                sampler.watch(GroupBenchSetup.group(i), SeriesDetail.TOTAL);
            }
            sampler.sample(GroupBenchSetup.timeout()); // warm up: connections, metadata, JIT of the path
            double idle = cpuShare(seconds, () -> { });
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicLong failures = new AtomicLong();
            TaskHandle[] handle = new TaskHandle[1];
            double busy = cpuShare(seconds, () -> handle[0] = runner.schedule(Duration.ZERO, Duration.ofSeconds(2),
                    () -> {
                        long t = System.nanoTime();
                        sampler.sample(Duration.ofSeconds(10));
                        return System.nanoTime() - t;
                    }, latencies::add, e -> failures.incrementAndGet()));
            handle[0].cancel();
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("sampling %d groups every 2 s for %d s: %d samples, %d failed, sample time median "
                    + "%.0f ms, max %.0f ms; process CPU %.2f%% of one core (idle with the session open: %.2f%%)"
                    + "%n", count, seconds, sorted.size(), failures.get(), sorted.get(sorted.size() / 2) / 1e6,
                    sorted.get(sorted.size() - 1) / 1e6, busy * 100, idle * 100);
        }
    }

    /** Share of one core this JVM used over {@code seconds} after {@code start}. */
    private static double cpuShare(int seconds, Runnable start) throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        start.run();
        Thread.sleep(seconds * 1000L);
        return (os.getProcessCpuTime() - cpu0) / (double) (System.nanoTime() - t0);
    }

    /** {@code -Dbench.parts=service,tab,sampling,draw,live} (default: all) runs only some parts. */
    private static boolean part(String name) {
        String parts = System.getProperty("bench.parts", "");
        return parts.isBlank() || java.util.Arrays.asList(parts.split(",")).contains(name);
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
