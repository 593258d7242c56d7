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
import java.util.concurrent.atomic.AtomicReference;

/**
 * Issue 5's benchmark: 1M Avro records (the messages benchmark's topic), a search on a nested field end to end,
 * against kcat's raw dump of the same topic in the same run; then the longest FX-thread gap while the matches
 * stream into the messages view (in a JVM of its own, {@link ViewBench}). Run under Xvfb (bench/search.sh).
 * Args: records (default 1000000).
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
            ViewBench.inChild("search", sandbox.bootstrapServers(), sandbox.registryUrl().orElse(null));
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
                        public int previewChars() {
                            return MessagesBench.PREVIEWS;
                        }

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
}
