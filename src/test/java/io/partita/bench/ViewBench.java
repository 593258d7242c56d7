package io.partita.bench;

import io.partita.kafka.ClusterSession;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.ui.messages.BrowseSettings;
import io.partita.ui.messages.MessageSource;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The messages view's part of the message benches, in a JVM of its own as the app's would be: started, then the
 * topic opened and read. Run in the bench's own JVM, the view's first stream began with the old generation full of
 * what producing 1M records and the engine rounds had left, and paid for G1's mixed collections of it (43–68 ms
 * pauses in its first tenth of a second), which an app that has only started never has.
 * Args: {@code browse|search BOOTSTRAP [REGISTRY]}; {@code -Dbench.viewRounds=N} runs the view N times here.
 */
public final class ViewBench {

    private ViewBench() {
    }

    /**
     * Runs {@code mode} against the sandbox in a child JVM with this JVM's options (heap, JIT, GC, the bench's
     * {@code -D}s; a GC log's file name wants {@code %p}), its output on this one's; waits for it to end.
     */
    static void inChild(String mode, String bootstrap, String registry) throws Exception {
        settle();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ViewBench.class.getName(), mode,
                bootstrap));
        if (registry != null) {
            command.add(registry);
        }
        Process child = new ProcessBuilder(command).inheritIO().start();
        if (!child.waitFor(10, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new IllegalStateException("the view's JVM did not end in 10 minutes");
        }
        if (child.exitValue() != 0) {
            throw new IllegalStateException("the view's JVM failed: exit " + child.exitValue());
        }
    }

    /**
     * Waits (at most 20 s) until the machine's CPUs were at least 90 % idle over half a second, so that what this JVM
     * or the broker may still be doing after the engine rounds (the JIT's queue, a concurrent collection) does not
     * share the cores with the view's JVM. In runs here it took 0.5–1 s. Linux only; elsewhere it returns at once.
     */
    static void settle() throws Exception {
        long[] before = ViewStream.machineTicks();
        if (before == null) {
            return;
        }
        long start = System.nanoTime();
        double idle = 0;
        while (System.nanoTime() - start < 20_000_000_000L) {
            Thread.sleep(500);
            long[] now = ViewStream.machineTicks();
            idle = (double) (now[1] - before[1]) / Math.max(1, now[0] - before[0]);
            before = now;
            if (idle >= 0.9) {
                break;
            }
        }
        System.out.printf(Locale.ROOT, "machine settled in %.1f s (idle %.0f %%)%n",
                (System.nanoTime() - start) / 1e9, idle * 100);
    }

    public static void main(String[] args) throws Exception {
        boolean search = args[0].equals("search");
        ClusterProfile profile = ClusterProfile.simple("bench", args[1], args.length > 2 ? args[2] : null);
        ViewStream.startFx();
        MessagesBench.resetPeaks();
        try (ClusterSession session = ClusterSession.open(profile, Credentials.none())) {
            for (int round = 1; round <= Integer.getInteger("bench.viewRounds", 1); round++) {
                ViewStream.Result result = ViewStream.run(MessageSource.of(session), s -> {
                    s.topicProperty().set(MessagesBench.TOPIC);
                    s.startProperty().set(BrowseSettings.Start.BEGINNING);
                    if (search) {
                        s.filterProperty().set(SearchBench.FILTER);
                    }
                }, ViewStream.idle());
                System.out.printf(Locale.ROOT, "view%s (%s %d ms after the tab is shown): %s; peak heap %d MB%n",
                        round == 1 ? "" : " round " + round, search ? "search" : "browse",
                        ViewStream.idle().toMillis(), result, MessagesBench.peakHeap() / 1_048_576);
                if (search) {
                    System.out.println("status: " + result.status());
                }
            }
        }
        System.exit(0);
    }
}
