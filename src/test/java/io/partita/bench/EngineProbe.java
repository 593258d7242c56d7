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
 * (default 4); -Dprobe.only=browse, search or floor runs just that. Run with -XX:StartFlightRecording to see where the
 * time goes.
 */
public final class EngineProbe {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        try (Sandbox sandbox = Sandbox.start(new SandboxOptions(1, true, false, null, false), s -> { })) {
            MessageTopics.create(sandbox.bootstrapServers(), MessagesBench.TOPIC, 6);
            MessagesBench.produce(sandbox, count);
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

    private static double run(Sandbox sandbox, RecordFilter filter) throws Exception {
        AtomicLong seen = new AtomicLong();
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            double cpu0 = MessagesBench.processCpuSeconds();
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
            return seconds;
        }
    }
}
