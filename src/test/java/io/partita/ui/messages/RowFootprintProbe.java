package io.partita.ui.messages;

import io.partita.model.FormatChoice;
import io.partita.model.KafkaMessage;
import io.partita.schema.MessageDecoder;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.management.ObjectName;

/**
 * What 100,000 rows of the messages table hold (bench/RESULTS-messages.md): records shaped like the benchmark's (a
 * text key, a ~170-byte JSON value, no headers) made into rows as a browse makes them, their bytes packed
 * ({@link RowBytes}); the heap used after a full collection, before and after, and the class histogram's top lines.
 * Args: rows (default 100000), whether each record has three headers (default false).
 * Run: java -cp target/test-classes:target/classes:$(cat target/bench-cp.txt) io.partita.ui.messages.RowFootprintProbe
 */
public final class RowFootprintProbe {

    private RowFootprintProbe() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean withHeaders = args.length > 1 && Boolean.parseBoolean(args[1]);
        MessageDecoder decoder = new MessageDecoder(null);
        List<KafkaMessage> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String value = "{\"orderId\":\"o-" + i + "\",\"customer\":\"c-" + (i * 7919 % 100_000) + "\",\"total\":"
                    + (i % 10_000) + ".25,\"currency\":\"EUR\",\"status\":\"CONFIRMED\",\"items\":[{\"sku\":\"s-"
                    + i % 977 + "\",\"qty\":" + (1 + i % 5) + "}],\"note\":null}";
            records.add(new KafkaMessage("bench.orders", i % 6, i, 1_767_225_600_000L + i,
                    KafkaMessage.TimestampType.CREATE_TIME, ("key-" + i).getBytes(StandardCharsets.UTF_8),
                    value.getBytes(StandardCharsets.UTF_8), withHeaders ? headers(i) : List.of()));
        }
        long before = used();
        String histogramBefore = histogram();
        RowBytes packed = new RowBytes();
        List<MessageRow> rows = new ArrayList<>(count);
        for (KafkaMessage record : records) {
            rows.add(new MessageRow(decoder.preview(record, FormatChoice.AUTO, FormatChoice.AUTO,
                    MessageRow.PREVIEW_CHARS), FormatChoice.AUTO, FormatChoice.AUTO, packed));
        }
        long after = used(); // the records are still held: the difference is the rows'

        System.out.printf(Locale.ROOT, "%,d rows: %,d bytes held, %.0f bytes a row (key and value bytes %.0f)%n",
                rows.size(), after - before, (after - before) / (double) rows.size(),
                rows.stream().mapToLong(MessageRow::size).average().orElse(0));
        System.out.printf(Locale.ROOT, "previews written before shown: %d keys, %d values%n",
                rows.stream().filter(MessageRow::keyPreviewWritten).count(),
                rows.stream().filter(MessageRow::valuePreviewWritten).count());
        System.out.println("before:");
        histogramBefore.lines().limit(8).forEach(System.out::println);
        System.out.println("after:");
        histogram().lines().limit(8).forEach(System.out::println);
        System.out.println(records.size() == rows.size() ? "" : "?");
    }

    /** Three headers as tracing and content negotiation add them: new strings and arrays per record, as consumed. */
    private static List<io.partita.model.MessageHeader> headers(int i) {
        return List.of(new io.partita.model.MessageHeader(new String("traceparent"),
                        String.format("00-%032x-%016x-01", i * 7919L, i * 31L).getBytes(StandardCharsets.US_ASCII)),
                new io.partita.model.MessageHeader(new String("content-type"),
                        "application/json".getBytes(StandardCharsets.US_ASCII)),
                new io.partita.model.MessageHeader(new String("source"), "web".getBytes(StandardCharsets.US_ASCII)));
    }

    private static String histogram() throws Exception {
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {null}, new String[] {String[].class.getName()});
    }

    private static long used() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
