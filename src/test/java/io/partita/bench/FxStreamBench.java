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
import io.partita.schema.Previews;
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
                long rate = Long.getLong("bench.rate", 0); // records per second, 0 = as fast as possible
                // As the reader does: previews when the sink keeps only those. Made ahead for a pool of records that
                // then repeats under new offsets, so the feeder runs at a Kafka reader's pace, not a decoder's.
                int chars = sink.previewChars();
                Thread feeder = new Thread(() -> {
                    List<DecodedMessage> pool = new ArrayList<>();
                    for (int i = 0; i < 10_000; i++) {
                        DecodedMessage r = record(i);
                        pool.add(chars > 0 ? Previews.of(r, chars) : r);
                    }
                    long t0 = System.nanoTime();
                    for (int from = 0; from < count; from += 5000) {
                        if (rate > 0) {
                            long due = t0 + from * 1_000_000_000L / rate;
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                java.util.concurrent.locks.LockSupport.parkNanos(wait);
                            }
                        }
                        List<DecodedMessage> batch = new ArrayList<>(5000);
                        for (int i = from; i < Math.min(count, from + 5000); i++) {
                            DecodedMessage r = pool.get(i % pool.size());
                            KafkaMessage m = r.message();
                            batch.add(new DecodedMessage(new KafkaMessage(m.topic(), i % 6, i / 6L, m.timestamp() + i,
                                    m.timestampType(), m.key(), m.value(), m.headers()), r.key(), r.value()));
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

    /** Shaped like MessagesBench's Avro orders once decoded (about 300 characters of preview). */
    public static DecodedMessage record(long i) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("orderId", new java.util.UUID(i * 31, i).toString());
        value.put("customerId", "customer-" + i % 1000);
        value.put("createdAt", java.time.Instant.ofEpochMilli(1_767_225_600_000L + i * 997).toString());
        value.put("status", "PAID");
        value.put("total", new java.math.BigDecimal(java.math.BigInteger.valueOf(i % 100_000), 2));
        value.put("currency", "EUR");
        value.put("coupon", i % 2 == 0 ? null : "SPRING10");
        List<Object> items = new ArrayList<>();
        for (int n = 0; n <= i % 3; n++) {
            items.add(Map.of("sku", "SKU-" + (i * 7 + n) % 100_000, "quantity", 1 + n,
                    "unitPrice", new java.math.BigDecimal(java.math.BigInteger.valueOf(i % 10_000), 2)));
        }
        value.put("items", items);
        value.put("shipping", Map.of("street", i % 200 + " Market Street", "city", "Berlin", "country", "DE"));
        value.put("attributes", Map.of("channel", "web", "campaign", "autumn-" + i % 10));
        byte[] raw = new byte[180];
        KafkaMessage m = new KafkaMessage("synthetic", (int) (i % 6), i / 6, 1_767_225_600_000L + i,
                KafkaMessage.TimestampType.CREATE_TIME, ("k" + i).getBytes(StandardCharsets.UTF_8), raw, List.of());
        return new DecodedMessage(m, new DecodedValue.Decoded(DataFormat.TEXT, "k" + i, null),
                new DecodedValue.Decoded(DataFormat.AVRO, value, null));
    }
}
