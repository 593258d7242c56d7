import io.partita.kafka.ClusterSession;
import io.partita.kafka.SendControl;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.NewTopic;
import io.partita.model.PayloadDraft;
import io.partita.model.ProducerSettings;
import io.partita.model.RecordDraft;
import io.partita.model.SendSummary;
import io.partita.produce.DraftRecords;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.LongAdder;

/**
 * Partita's sender without the CLI's printing: the same path the Produce tab uses (draft → records → MessageSender,
 * every result counted). java -cp target/classes:$(cat cp.txt) bench/produce/SenderBench.java BOOT N SIZE ACKS
 */
public class SenderBench {
    public static void main(String[] args) {
        String boot = args[0];
        long n = Long.parseLong(args[1]);
        int size = Integer.parseInt(args[2]);
        String acks = args[3];
        String topic = "bench-sender-" + System.nanoTime();
        try (ClusterSession s = ClusterSession.open(ClusterProfile.simple("bench", boot, null), Credentials.none())) {
            s.topicMutations().create(new NewTopic(topic, 6, (short) 1, Map.of()), Duration.ofSeconds(30));
            RecordDraft draft = new RecordDraft(topic, null, PayloadDraft.none(), PayloadDraft.string("x".repeat(size)),
                    List.of());
            DraftRecords records = DraftRecords.prepare(draft, n, (a, b) -> null, new Random(), Clock.systemUTC());
            ProducerSettings settings = ProducerSettings.defaults().withAcks(acks).withIdempotence("all".equals(acks));
            LongAdder results = new LongAdder();
            SendSummary summary = s.sender().send(records, settings, 0, r -> results.increment(), new SendControl());
            System.out.printf("sender: %d delivered, %d failed, %d results in %.1f s = %.0f records/s%n",
                    summary.delivered(), summary.failed(), results.sum(), summary.elapsed().toMillis() / 1000.0,
                    summary.recordsPerSecond());
        }
    }
}
