package io.partita.bench;

import com.sun.management.OperatingSystemMXBean;
import io.partita.async.FxTaskRunners;
import io.partita.kafka.ClusterSession;
import io.partita.kafka.MessageTopics;
import io.partita.model.Credentials;
import io.partita.sandbox.Sandbox;
import io.partita.sandbox.SandboxOptions;
import io.partita.ui.messages.BrowseSettings;
import io.partita.ui.messages.MessageSource;
import io.partita.ui.messages.MessagesView;
import io.partita.ui.messages.MessagesViewModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;

/**
 * What a live tail of a quiet topic costs while it waits (bench/RESULTS-messages.md): the real messages view
 * following a topic that has ten records and gets no more, in a 1500×900 window under Xvfb; the process's CPU, the UI
 * thread's and the renderer's over {@code seconds} (default 20), as a share of one core. Run under xvfb-run with the
 * bench classpath.
 */
public final class IdleTailProbe {

    private IdleTailProbe() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        try (Sandbox sandbox = Sandbox.start(new SandboxOptions(1, true, false, null, false), s -> { });
             ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            MessageTopics.create(sandbox.bootstrapServers(), MessagesBench.TOPIC, 6);
            MessagesBench.produce(sandbox, 10);
            ViewStream.startFx();
            StackPane root = new StackPane();
            ViewStream.showStyled(root, 1500, 900);
            CountDownLatch following = new CountDownLatch(1);
            MessagesViewModel[] vm = new MessagesViewModel[1];
            Platform.runLater(() -> {
                vm[0] = new MessagesViewModel(FxTaskRunners.create(), MessageSource.of(session), ZoneOffset.UTC,
                        t -> { });
                root.getChildren().setAll(new MessagesView(vm[0], ZoneOffset.UTC));
                vm[0].settings().topicProperty().set(MessagesBench.TOPIC);
                vm[0].settings().startProperty().set(BrowseSettings.Start.BEGINNING);
                vm[0].settings().stopProperty().set(BrowseSettings.Stop.LIVE);
                vm[0].startCommand().execute();
            });
            String[] status = new String[1];
            for (int i = 0; i < 300 && following.getCount() > 0; i++) {
                Thread.sleep(200);
                Platform.runLater(() -> {
                    status[0] = vm[0].statusProperty().get() + " / " + vm[0].rows().size() + " rows";
                    if (vm[0].statusProperty().get().startsWith("Following") && vm[0].rows().size() >= 10) {
                        following.countDown();
                    }
                });
            }
            if (!following.await(1, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the live tail did not show the ten records: " + status[0]);
            }
            Thread.sleep(2_000); // the first rows' frames and compilations settle
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long process = os.getProcessCpuTime();
            Map<String, Long> before = ViewStream.threadCpu(threads);
            Thread.sleep(seconds * 1_000L);
            Map<String, Long> after = ViewStream.threadCpu(threads);
            double wall = seconds * 1e9;
            System.out.printf(Locale.ROOT, "idle live tail, %d s: process %.1f %% of a core, UI thread %.1f %%, "
                            + "renderer %.1f %%; status: %s%n", seconds,
                    100 * (os.getProcessCpuTime() - process) / wall,
                    100 * spent(before, after, "JavaFX Application Thread") / wall,
                    100 * spent(before, after, "QuantumRenderer") / wall, vm[0].statusProperty().get());
        }
        System.exit(0);
    }

    private static long spent(Map<String, Long> before, Map<String, Long> after, String kind) {
        return after.getOrDefault(kind, 0L) - before.getOrDefault(kind, 0L);
    }
}
