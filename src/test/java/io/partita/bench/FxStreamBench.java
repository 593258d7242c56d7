package io.partita.bench;

import io.partita.async.FxTaskRunners;
import io.partita.filter.RecordFilter;
import io.partita.kafka.MessageReader;
import io.partita.model.DataFormat;
import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.FormatChoice;
import io.partita.model.KafkaMessage;
import io.partita.model.ReadProgress;
import io.partita.model.ReadRequest;
import io.partita.model.TopicSummary;
import io.partita.ui.common.Styling;
import io.partita.ui.messages.BrowseSettings;
import io.partita.ui.messages.MessageSource;
import io.partita.ui.messages.MessagesView;
import io.partita.ui.messages.MessagesViewModel;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The messages view alone, without Kafka or decoding: a source that hands over N ready records as fast as the
 * view's hand-off takes them (5,000 per batch), so the figures are the UI thread's own cost of streaming rows into
 * a capped table. Prints the longest gap between pulses. Run under Xvfb; args: records (default 1000000).
 */
public final class FxStreamBench {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        MessagesViewModel[] vm = new MessagesViewModel[1];
        AtomicLong last = new AtomicLong();
        List<Long> gaps = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        long[] times = new long[2];
        long[] fxThread = new long[1];
        long gc0 = gcMillis();
        Platform.runLater(() -> {
            fxThread[0] = Thread.currentThread().getId();
            vm[0] = new MessagesViewModel(FxTaskRunners.create(), source(count), ZoneOffset.UTC, t -> { });
            Stage stage = new Stage();
            Scene scene = new Scene(new MessagesView(vm[0], ZoneOffset.UTC), Integer.getInteger("bench.width", 1500), Integer.getInteger("bench.height", 900));
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
                        if (now - previous > 100_000_000L) {
                            System.out.printf(Locale.ROOT, "  gap %.0f ms ending %.2f s after the start, %,d rows%n",
                                    (now - previous) / 1e6, (System.nanoTime() - times[0]) / 1e9, vm[0].readProperty().get());
                        }
                    }
                }
            }.start();
            vm[0].runningProperty().addListener((o, was, running) -> {
                if (!running) {
                    times[1] = System.nanoTime();
                    done.countDown();
                }
            });
            vm[0].capProperty().set(Integer.getInteger("bench.cap", vm[0].capProperty().get()));
            vm[0].settings().topicProperty().set("synthetic");
            vm[0].settings().startProperty().set(BrowseSettings.Start.BEGINNING);
            times[0] = System.nanoTime();
            vm[0].startCommand().execute();
        });
        done.await(10, TimeUnit.MINUTES);
        double fxCpu = java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(fxThread[0]) / 1e9;
        System.out.printf(Locale.ROOT, "UI thread CPU %.2f s; GC pauses %d ms in all (%s)%n", fxCpu,
                gcMillis() - gc0, System.getProperty("java.vm.name") + " "
                        + java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-XX")).toList());
        long[] sorted = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%,d records into the view in %.2f s, %,d rows kept; pulses %d, longest gap "
                        + "%.1f ms, p99 %.1f ms, median %.1f ms%n", count, (times[1] - times[0]) / 1e9,
                vm[0].rows().size(), sorted.length, sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                sorted.length == 0 ? 0 : sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1e6);
        System.exit(0);
    }

    /** Sum of collection times of all collectors (pauses, for the stop-the-world ones). */
    static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static MessageSource source(int count) {
        return new MessageSource() {
            @Override
            public List<TopicSummary> topics() {
                return List.of();
            }

            @Override
            public DecodedMessage decode(KafkaMessage message, FormatChoice key, FormatChoice value) {
                return record(message.offset());
            }

            @Override
            public Browse browse(ReadRequest request, RecordFilter filter, MessageReader.Sink sink) {
                Thread feeder = new Thread(() -> {
                    for (int from = 0; from < count; from += 5000) {
                        List<DecodedMessage> batch = new ArrayList<>(5000);
                        for (int i = from; i < Math.min(count, from + 5000); i++) {
                            batch.add(record(i));
                        }
                        sink.onBatch(batch, new ReadProgress("synthetic", List.of(), from + batch.size(), 0, false,
                                List.of()));
                    }
                    sink.onFinished(new ReadProgress("synthetic", List.of(), count, 0, true, List.of()), null);
                }, "feeder");
                feeder.setDaemon(true);
                feeder.start();
                return () -> { };
            }
        };
    }

    private static DecodedMessage record(long i) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("orderId", "order-" + i);
        value.put("total", i % 1000);
        value.put("status", "PAID");
        byte[] raw = ("{\"orderId\":\"order-" + i + "\"}").getBytes(StandardCharsets.UTF_8);
        KafkaMessage m = new KafkaMessage("synthetic", (int) (i % 6), i / 6, 1_767_225_600_000L + i,
                KafkaMessage.TimestampType.CREATE_TIME, ("k" + i).getBytes(StandardCharsets.UTF_8), raw, List.of());
        return new DecodedMessage(m, new DecodedValue.Decoded(DataFormat.TEXT, "k" + i, null),
                new DecodedValue.Decoded(DataFormat.JSON, value, null));
    }
}
