package io.partita.bench;

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
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * For profiling the read engine without the UI: one sandbox, the benchmark topic produced once, then rounds of
 * kcat / browse / search in one JVM (the later rounds are JIT-warm). Args: records (default 1000000), rounds
 * (default 4); -Dprobe.only=browse, search or floor runs just that; -Dprobe.warm=N decodes N records into previews
 * before the first round; -Dprobe.threads=true prints each round's CPU by thread (JIT compiler and GC threads too).
 * Run with -XX:StartFlightRecording to see where the time goes.
 */
public final class EngineProbe {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        try (Sandbox sandbox = Sandbox.start(new SandboxOptions(1, true, false, null, false), s -> { })) {
            MessageTopics.create(sandbox.bootstrapServers(), MessagesBench.TOPIC, 6);
            MessagesBench.produce(sandbox, count);
            int warm = Integer.getInteger("probe.warm", 0);
            if (warm > 0) {
                warmDecoder(sandbox, warm);
            }
            for (int round = 1; round <= rounds; round++) {
                String only = System.getProperty("probe.only", "");
                double kcat = MessagesBench.kcat(sandbox);
                double browse = !only.isEmpty() && !only.equals("browse") ? 0 : run(sandbox, RecordFilter.ALL);
                double search = !only.isEmpty() && !only.equals("search") ? 0 : run(sandbox, RecordFilter.compile(SearchBench.FILTER));
                // A filter that reads no field and matches nothing: the consumer plus the check of each frame.
                double floor = only.isEmpty() || only.equals("floor") ? run(sandbox, RecordFilter.compile("offset < 0"))
                        : 0;
                System.out.printf(Locale.ROOT, "round %d: kcat %.2f s, browse %.2f s (%.2f), search %.2f s (%.2f), "
                        + "floor %.2f s (%.2f)%n", round, kcat, browse, browse / kcat, search, search / kcat, floor,
                        floor / kcat);
            }
        }
        System.exit(0);
    }

    /** Decodes {@code n} order records into previews before the first round, off any reader: JIT warm-up only. */
    private static void warmDecoder(Sandbox sandbox, int n) throws Exception {
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            String text = new String(MessagesBench.class.getResourceAsStream("/io/partita/sandbox/demo-order.avsc")
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int id = session.registry().orElseThrow().register(MessagesBench.TOPIC + "-value", text, "AVRO");
            List<byte[]> pool = MessagesBench.pool(io.partita.schema.AvroSchemas.parse(text), id, 500);
            io.partita.schema.MessageDecoder decoder = new io.partita.schema.MessageDecoder(session.schemas());
            long start = System.nanoTime();
            long chars = 0;
            for (int i = 0; i < n; i++) {
                io.partita.model.KafkaMessage m = new io.partita.model.KafkaMessage("warm", 0, i, 0L,
                        io.partita.model.KafkaMessage.TimestampType.CREATE_TIME, "k".getBytes(),
                        pool.get(i % pool.size()), List.of());
                chars += decoder.preview(m, io.partita.model.FormatChoice.AUTO, io.partita.model.FormatChoice.AUTO,
                        MessagesBench.PREVIEWS == 0 ? 300 : MessagesBench.PREVIEWS).value().format().ordinal();
            }
            System.out.printf(Locale.ROOT, "warm-up: %d records in %.2f s (%d)%n", n,
                    (System.nanoTime() - start) / 1e9, chars);
        }
    }

    /** CPU ticks (1/100 s) per thread name from /proc, numbers in names folded (compiler and GC threads included). */
    private static java.util.Map<String, Long> threadTicks() throws java.io.IOException {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (java.nio.file.Path task : tasks.toList()) {
                try {
                    String stat = java.nio.file.Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "N");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    out.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (java.io.IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        }
        return out;
    }

    private static double run(Sandbox sandbox, RecordFilter filter) throws Exception {
        AtomicLong seen = new AtomicLong();
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            double cpu0 = MessagesBench.processCpuSeconds();
            java.util.Map<String, Long> threads0 = threadTicks();
            long start = System.nanoTime();
            MessageReader reader = session.search(ReadRequest.wholeTopic(MessagesBench.TOPIC), filter,
                    new MessageReader.Sink() {
                        @Override
                        public int previewChars() {
                            return MessagesBench.PREVIEWS;
                        }

                        @Override
                        public void onBatch(List<DecodedMessage> batch, ReadProgress progress) {
                            seen.addAndGet(batch.size());
                        }

                        @Override
                        public void onFinished(ReadProgress progress, String error) {
                            if (error != null) {
                                System.out.println("error: " + error);
                            }
                        }
                    });
            reader.awaitFinished(Duration.ofMinutes(10));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "  %s: %,d handed out in %.2f s, CPU %.2f s%n", filter, seen.get(),
                    seconds, MessagesBench.processCpuSeconds() - cpu0);
            if (Boolean.getBoolean("probe.threads")) {
                java.util.Map<String, Long> threads1 = threadTicks();
                StringBuilder line = new StringBuilder("    CPU by thread (s):");
                threads1.forEach((name, ticks) -> {
                    long d = ticks - threads0.getOrDefault(name, 0L);
                    if (d >= 5) {
                        line.append(String.format(Locale.ROOT, " %s %.2f;", name, d / 100.0));
                    }
                });
                System.out.println(line);
            }
            return seconds;
        }
    }
}
