package io.partita.ui.produce;

import io.partita.kafka.SendControl;
import io.partita.model.ProduceTemplate;
import io.partita.model.ProducerSettings;
import io.partita.model.RecentSend;
import io.partita.model.RecordSource;
import io.partita.model.RegisteredSchema;
import io.partita.model.SendResult;
import io.partita.model.SendSummary;
import io.partita.produce.ProduceStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A produce service without a cluster, for view-model tests: records are really built and encoded (the draft's
 * errors are the real ones), then "delivered" to partition 0 at their index, except the indexes told to fail.
 * Templates and recent sends go to a real {@link ProduceStore} in a temp dir.
 */
final class LocalProduceService implements ProduceService {

    static final String SCHEMA = "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"n\",\"type\":\"int\"}]}";

    final ProduceStore store;
    final List<byte[]> sentValues = new ArrayList<>();
    final List<ProducerSettings> sentWith = new ArrayList<>();
    boolean allows = true;
    Set<Long> failing = Set.of();
    Consumer<Long> duringSend = i -> { };
    Map<String, List<Integer>> versions = new TreeMap<>(Map.of("orders-value", List.of(1, 2)));

    LocalProduceService(Path dir) {
        this.store = new ProduceStore(dir);
    }

    @Override public String profileName() { return "local"; }
    @Override public boolean allowsProduce() { return allows; }
    @Override public boolean hasRegistry() { return true; }
    @Override public ProducerSettings defaultSettings() { return ProducerSettings.defaults(); }
    @Override public List<String> topics() { return List.of("events", "orders"); }
    @Override public List<String> subjects() { return List.copyOf(versions.keySet()); }
    @Override public List<Integer> versions(String subject) { return versions.getOrDefault(subject, List.of()); }

    @Override
    public RegisteredSchema schema(String subject, String version) {
        return new RegisteredSchema(9, subject, 2, "AVRO", SCHEMA, List.of());
    }

    @Override
    public Map<String, String> effectiveConfig(ProducerSettings settings) {
        return new TreeMap<>(settings.toProperties());
    }

    @Override
    public SendSummary send(RecordSource records, ProducerSettings settings, double rate,
                            Consumer<SendResult> listener, SendControl control) {
        if (!allows) {
            throw new IllegalStateException("read-only");
        }
        sentWith.add(settings);
        long delivered = 0;
        long failed = 0;
        long i = 0;
        for (; i < records.count() && !control.isCancelled(); i++) {
            duringSend.accept(i);
            sentValues.add(records.record(i).value());
            if (failing.contains(i)) {
                failed++;
                listener.accept(new SendResult.Failed(i, 0, "NotEnoughReplicasException", "too few replicas",
                        "check min.insync.replicas", true));
            } else {
                delivered++;
                listener.accept(new SendResult.Delivered(i, 0, i, Instant.EPOCH));
            }
        }
        for (long j = i; j < records.count(); j++) {
            listener.accept(new SendResult.Failed(j, -1, "NotSent", "cancelled", "not sent", false));
        }
        return new SendSummary(records.count(), delivered, failed, records.count() - i, Duration.ofMillis(5),
                i < records.count() ? "cancelled" : null);
    }

    @Override public List<ProduceTemplate> templates(String topic) { return store.templates(profileName(), topic); }
    @Override public void saveTemplate(ProduceTemplate template) { store.saveTemplate(template); }
    @Override public void deleteTemplate(String topic, String name) { store.deleteTemplate(profileName(), topic, name); }
    @Override public List<RecentSend> recent() { return store.recent(profileName()); }
    @Override public void addRecent(RecentSend send) { store.addRecent(send); }
}
