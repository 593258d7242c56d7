package io.partita.bench;

import io.partita.async.FxTaskRunners;
import io.partita.async.TaskRunner;
import io.partita.filter.RecordFilter;
import io.partita.kafka.ClusterSession;
import io.partita.kafka.MessageReader;
import io.partita.kafka.MessageTopics;
import io.partita.model.Credentials;
import io.partita.model.DecodedMessage;
import io.partita.model.ReadProgress;
import io.partita.model.ReadRequest;
import io.partita.sandbox.Sandbox;
import io.partita.sandbox.SandboxOptions;
import io.partita.ui.common.Styling;
import io.partita.ui.messages.BrowseSettings;
import io.partita.ui.messages.MessageSource;
import io.partita.ui.messages.MessagesView;
import io.partita.ui.messages.MessagesViewModel;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Issue 5's benchmark: 1M Avro records (the messages benchmark's topic), a search on a nested field end to end,
 * against kcat's raw dump of the same topic in the same run; then the longest FX-thread gap while the matches
 * stream into the messages view. Run under Xvfb (bench/search.sh). Args: records (default 1000000).
 */
public final class SearchBench {

    /** About one record in five: the first line item's quantity is drawn from 1..5. */
    static final String FILTER = "value.items[0].quantity == 5 && value.shipping.city == \"Berlin\"";

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        try (Sandbox sandbox = Sandbox.start(new SandboxOptions(1, true, false, null, false), s -> { })) {
            MessageTopics.create(sandbox.bootstrapServers(), MessagesBench.TOPIC, 6);
            int avgSize = MessagesBench.produce(sandbox, count);
            System.out.printf(Locale.ROOT, "produced %,d records, average value %d bytes; filter: %s%n", count,
                    avgSize, FILTER);
            MessagesBench.rounds(sandbox, () -> search(sandbox, count), "search");
            fx(sandbox);
        }
        System.exit(0);
    }

    private static double search(Sandbox sandbox, int count) throws Exception {
        // No System.gc() here: see MessagesBench.engine.
        MessagesBench.resetPeaks();
        AtomicLong matches = new AtomicLong();
        AtomicReference<ReadProgress> last = new AtomicReference<>();
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            double cpu0 = MessagesBench.processCpuSeconds();
            long start = System.nanoTime();
            MessageReader reader = session.search(ReadRequest.wholeTopic(MessagesBench.TOPIC),
                    RecordFilter.compile(FILTER), new MessageReader.Sink() {
                        @Override
                        public void onBatch(List<DecodedMessage> batch, ReadProgress progress) {
                            matches.addAndGet(batch.size());
                        }

                        @Override
                        public void onFinished(ReadProgress progress, String error) {
                            last.set(progress);
                            if (error != null) {
                                System.out.println("error: " + error);
                            }
                        }
                    });
            reader.awaitFinished(Duration.ofMinutes(10));
            double seconds = (System.nanoTime() - start) / 1e9;
            ReadProgress p = last.get();
            System.out.printf(Locale.ROOT, "search: scanned %,d, %,d matches (%d not decoded) in %.2f s = %,.0f "
                            + "records/s, process CPU %.2f s, peak heap %d MB%n", p.read(), matches.get(), p.failed(),
                    seconds, count / seconds, MessagesBench.processCpuSeconds() - cpu0,
                    MessagesBench.peakHeap() / 1_048_576);
            return seconds;
        }
    }

    private static void fx(Sandbox sandbox) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none());
        TaskRunner runner = FxTaskRunners.create();
        MessagesViewModel[] vm = new MessagesViewModel[1];
        AtomicLong last = new AtomicLong();
        List<Long> gaps = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        long[] times = new long[2];
        Platform.runLater(() -> {
            vm[0] = new MessagesViewModel(runner, MessageSource.of(session), ZoneOffset.UTC, t -> { });
            Stage stage = new Stage();
            Scene scene = new Scene(new MessagesView(vm[0], ZoneOffset.UTC), 1500, 900);
            Styling.useTheme(false);
            Styling.apply(scene);
            stage.setScene(scene);
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long previous = last.getAndSet(now);
                    if (previous != 0 && vm[0].runningProperty().get()) {
                        gaps.add(now - previous);
                    }
                }
            }.start();
            vm[0].runningProperty().addListener((o, was, running) -> {
                if (!running) {
                    times[1] = System.nanoTime();
                    done.countDown();
                }
            });
            vm[0].settings().topicProperty().set(MessagesBench.TOPIC);
            vm[0].settings().startProperty().set(BrowseSettings.Start.BEGINNING);
            vm[0].settings().filterProperty().set(FILTER);
            times[0] = System.nanoTime();
            vm[0].startCommand().execute();
        });
        done.await(10, TimeUnit.MINUTES);
        Thread.sleep(500);
        long[] sorted = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "view: search with matches streaming in took %.2f s, %,d rows; pulses %d, "
                        + "longest FX gap %.1f ms, p99 %.1f ms, median %.1f ms%n", (times[1] - times[0]) / 1e9,
                vm[0].rows().size(), sorted.length, sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                sorted.length == 0 ? 0 : sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1e6);
        System.out.println("status: " + vm[0].statusProperty().get());
        session.close();
    }
}
