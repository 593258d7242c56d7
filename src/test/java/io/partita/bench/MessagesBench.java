package io.partita.bench;

import io.partita.kafka.ClusterSession;
import io.partita.kafka.MessageReader;
import io.partita.kafka.MessageTopics;
import io.partita.model.Credentials;
import io.partita.model.DecodedMessage;
import io.partita.model.ReadProgress;
import io.partita.model.ReadRequest;
import io.partita.sandbox.Sandbox;
import io.partita.sandbox.SandboxOptions;
import io.partita.schema.AvroSchemas;
import io.partita.schema.WireFormat;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * bench/RESULTS-messages.md: 1M Avro records (~200 B) in a 6-partition topic of a fresh sandbox; kcat's raw dump,
 * the app's reader + decoder, and the longest FX-thread stall while the records stream into the messages view (in a
 * JVM of its own, {@link ViewBench}).
 * Run under Xvfb (bench/messages.sh). Args: records (default 1000000).
 */
public final class MessagesBench {

    static final String TOPIC = "bench.orders";
    /**
     * What the engine's sink asks for: previews of the table's length, as the app's messages table does, or whole
     * trees (what the CLI's consume takes) with -Dbench.trees=true.
     */
    static final int PREVIEWS = Boolean.getBoolean("bench.trees") ? 0 : io.partita.ui.messages.MessageRow.PREVIEW_CHARS;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        try (Sandbox sandbox = Sandbox.start(new SandboxOptions(1, true, false, null, false), s -> { })) {
            MessageTopics.create(sandbox.bootstrapServers(), TOPIC, 6);
            int avgSize = produce(sandbox, count);
            System.out.printf(Locale.ROOT, "produced %,d records, average value %d bytes%n", count, avgSize);
            rounds(sandbox, () -> {
                Result r = engine(sandbox, count);
                report("engine", r, count);
                return r.seconds;
            }, "engine");
            ViewBench.inChild("browse", sandbox.bootstrapServers(), sandbox.registryUrl().orElse(null));
        }
        System.exit(0);
    }

    /** What one engine run took, in seconds. */
    interface Run {
        double seconds() throws Exception;
    }

    /**
     * {@code -Dbench.rounds} (default 4) rounds of kcat then the engine, each round's ratio printed; then the first
     * round (cold JIT) apart and the median of the others: kcat's own time varies 1.1–1.9 s between runs here, so
     * one pair says little.
     */
    static void rounds(Sandbox sandbox, Run engine, String name) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 4);
        List<Double> warm = new ArrayList<>();
        double first = 0;
        for (int round = 1; round <= rounds; round++) {
            double k = kcat(sandbox);
            double e = engine.seconds();
            double ratio = e / k;
            System.out.printf(Locale.ROOT, "round %d: kcat %.2f s, %s %.2f s, ratio %.2f%n", round, k, name, e, ratio);
            if (round == 1) {
                first = ratio;
            } else {
                warm.add(ratio);
            }
        }
        warm.sort(null);
        System.out.printf(Locale.ROOT, "ratio %s/kcat: first round (cold JIT) %.2f; later rounds median %.2f, range "
                + "%.2f–%.2f  (time, <= 1.0 = at least as fast as kcat)%n", name, first,
                warm.isEmpty() ? Double.NaN : warm.get(warm.size() / 2), warm.isEmpty() ? Double.NaN : warm.get(0),
                warm.isEmpty() ? Double.NaN : warm.get(warm.size() - 1));
    }

    private record Result(double seconds, double afterFirst, long read, long failed, long peakHeap, double cpu) {
    }

    static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static void report(String name, Result r, int count) {
        System.out.printf(Locale.ROOT, "%s: %,d read (%d failed) in %.2f s = %,.0f records/s "
                        + "(%,.0f/s after the first record), process CPU %.2f s, peak heap %d MB%n", name, r.read, r.failed,
                r.seconds, count / r.seconds, count / r.afterFirst, r.cpu, r.peakHeap / 1_048_576);
    }

    /** Wall seconds; prints kcat's user+system CPU seconds (GNU time) when /usr/bin/time exists. */
    static double kcat(Sandbox sandbox) throws Exception {
        long start = System.nanoTime();
        boolean timed = java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/time"));
        List<String> command = new ArrayList<>(timed ? List.of("/usr/bin/time", "-f", "kcat cpu: %U user + %S sys s")
                : List.of());
        command.addAll(List.of("kcat", "-C", "-b", sandbox.bootstrapServers(), "-t", TOPIC, "-e", "-o",
                "beginning", "-q"));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("kcat failed");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static Result engine(Sandbox sandbox, int count) throws Exception {
        // No System.gc() before a run: G1 shrank the heap after it and the next run paid for it in young
        // collections (search CPU 2.6 s instead of 1.7–2.2 s); the app never calls it either.
        resetPeaks();
        AtomicLong first = new AtomicLong();
        AtomicLong read = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            double cpu0 = processCpuSeconds();
            long start = System.nanoTime();
            MessageReader reader = session.read(ReadRequest.wholeTopic(TOPIC), new MessageReader.Sink() {
                @Override
                public int previewChars() {
                    return MessagesBench.PREVIEWS;
                }

                @Override
                public void onBatch(List<DecodedMessage> batch, ReadProgress progress) {
                    first.compareAndSet(0, System.nanoTime());
                    read.addAndGet(batch.size());
                    batch.forEach(m -> {
                        if (m.failed()) {
                            failed.incrementAndGet();
                        }
                    });
                }

                @Override
                public void onFinished(ReadProgress progress, String error) {
                    if (error != null) {
                        System.out.println("error: " + error);
                    }
                }
            });
            reader.awaitFinished(Duration.ofMinutes(5));
            long end = System.nanoTime();
            return new Result((end - start) / 1e9, (end - first.get()) / 1e9, read.get(), failed.get(), peakHeap(),
                    processCpuSeconds() - cpu0);
        }
    }

    static int produce(Sandbox sandbox, int count) throws Exception {
        String schemaText = new String(MessagesBench.class.getResourceAsStream("/io/partita/sandbox/demo-order.avsc")
                .readAllBytes(), StandardCharsets.UTF_8);
        int id;
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            id = session.registry().orElseThrow().register(TOPIC + "-value", schemaText, "AVRO");
        }
        List<byte[]> pool = pool(AvroSchemas.parse(schemaText), id, 2000);
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", sandbox.bootstrapServers());
        config.put("acks", "1");
        config.put("linger.ms", 20);
        config.put("batch.size", 512 * 1024);
        config.put("buffer.memory", 128L << 20);
        long bytes = 0;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < count; i++) {
                byte[] value = pool.get(i % pool.size());
                bytes += value.length;
                producer.send(new ProducerRecord<>(TOPIC, i % 6, ("customer-" + (i % 977)).getBytes(
                        StandardCharsets.UTF_8), value));
            }
            producer.flush();
        }
        return (int) (bytes / count);
    }

    /** Distinct orders with 2–3 items and a few attributes: about 200 bytes each, framed. */
    public static List<byte[]> pool(Schema schema, int id, int size) throws Exception {
        Random random = new Random(7);
        GenericDatumWriter<GenericRecord> writer = new GenericDatumWriter<>(schema);
        Schema item = schema.getField("items").schema().getElementType();
        Schema address = schema.getField("shipping").schema().getTypes().get(1);
        List<byte[]> pool = new ArrayList<>(size);
        for (int n = 0; n < size; n++) {
            GenericRecord r = new GenericData.Record(schema);
            r.put("orderId", UUID.randomUUID().toString());
            r.put("customerId", "customer-" + random.nextInt(1000));
            r.put("createdAt", 1_767_225_600_000L + random.nextInt(1_000_000_000));
            r.put("status", new GenericData.EnumSymbol(schema.getField("status").schema(), "PAID"));
            r.put("total", ByteBuffer.wrap(BigDecimal.valueOf(random.nextInt(100_000), 2).unscaledValue().toByteArray()));
            r.put("currency", "EUR");
            r.put("coupon", random.nextBoolean() ? null : "SPRING10");
            List<GenericRecord> items = new ArrayList<>();
            for (int i = 0; i < 2 + random.nextInt(2); i++) {
                GenericRecord it = new GenericData.Record(item);
                it.put("sku", "SKU-" + random.nextInt(100_000));
                it.put("quantity", 1 + random.nextInt(5));
                it.put("unitPrice", ByteBuffer.wrap(BigDecimal.valueOf(random.nextInt(10_000), 2).unscaledValue()
                        .toByteArray()));
                items.add(it);
            }
            r.put("items", items);
            GenericRecord a = new GenericData.Record(address);
            a.put("street", random.nextInt(200) + " Market Street");
            a.put("city", "Berlin");
            a.put("country", "DE");
            r.put("shipping", a);
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("channel", "web");
            attributes.put("campaign", "autumn-" + random.nextInt(10));
            r.put("attributes", attributes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            writer.write(r, encoder);
            encoder.flush();
            pool.add(WireFormat.frame(id, out.toByteArray()));
        }
        return pool;
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
