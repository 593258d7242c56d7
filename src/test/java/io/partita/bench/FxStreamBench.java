package io.partita.bench;

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
import io.partita.ui.messages.BrowseSettings;
import io.partita.ui.messages.MessageSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The messages view alone, without Kafka or decoding: a source that hands over N ready records as fast as the
 * view's hand-off takes them (5,000 per batch), so the figures are the UI thread's own cost of streaming rows into
 * a capped table. Prints the pulse gaps and the UI thread's CPU per pulse ({@link ViewStream}). Run under Xvfb;
 * args: records (default 1000000); {@code -Dbench.idle=MS} the time between showing the tab and the browse.
 */
public final class FxStreamBench {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        ViewStream.startFx();
        long gc0 = gcMillis();
        ViewStream.Result result = ViewStream.run(source(count), s -> {
            s.topicProperty().set("synthetic");
            s.startProperty().set(BrowseSettings.Start.BEGINNING);
        }, ViewStream.idle());
        System.out.printf(Locale.ROOT, "browse %d ms after the tab is shown: %s; GC %d ms%n",
                ViewStream.idle().toMillis(), result, gcMillis() - gc0);
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
