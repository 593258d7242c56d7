package io.partita.ui.produce;

import io.partita.kafka.ClusterSession;
import io.partita.kafka.SendControl;
import io.partita.model.ProduceTemplate;
import io.partita.model.ProducerSettings;
import io.partita.model.RecentSend;
import io.partita.model.RecordSource;
import io.partita.model.RegisteredSchema;
import io.partita.model.SendResult;
import io.partita.model.SendSummary;
import io.partita.model.TopicSummary;
import io.partita.produce.ProduceStore;
import io.partita.schema.SchemaRegistryClient;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The produce pane's services for a connected session and the templates file of the config dir. */
final class SessionProduceService implements ProduceService {

    private static final Duration TIMEOUT = ClusterSession.DEFAULT_TIMEOUT;

    private final ClusterSession session;
    private final ProduceStore store;

    SessionProduceService(ClusterSession session, ProduceStore store) {
        this.session = session;
        this.store = store;
    }

    @Override
    public String profileName() {
        return session.profile().name();
    }

    @Override
    public boolean allowsProduce() {
        return session.sender().allowed();
    }

    @Override
    public boolean hasRegistry() {
        return session.registry().isPresent();
    }

    @Override
    public ProducerSettings defaultSettings() {
        return session.sender().defaultSettings();
    }

    @Override
    public List<String> topics() {
        return session.topics().list(false, TIMEOUT, batch -> { }).stream().map(TopicSummary::name)
                .sorted(Comparator.naturalOrder()).toList();
    }

    @Override
    public List<String> subjects() {
        return registry().subjects().stream().sorted().toList();
    }

    @Override
    public List<Integer> versions(String subject) {
        return registry().versions(subject);
    }

    @Override
    public RegisteredSchema schema(String subject, String version) {
        return registry().schema(subject, version);
    }

    @Override
    public Map<String, String> effectiveConfig(ProducerSettings settings) {
        return session.sender().effectiveConfig(settings);
    }

    @Override
    public SendSummary send(RecordSource records, ProducerSettings settings, double ratePerSecond,
                            Consumer<SendResult> listener, SendControl control) {
        return session.sender().send(records, settings, ratePerSecond, listener, control);
    }

    @Override
    public List<ProduceTemplate> templates(String topic) {
        return store.templates(profileName(), topic);
    }

    @Override
    public void saveTemplate(ProduceTemplate template) {
        store.saveTemplate(template);
    }

    @Override
    public void deleteTemplate(String topic, String name) {
        store.deleteTemplate(profileName(), topic, name);
    }

    @Override
    public List<RecentSend> recent() {
        return store.recent(profileName());
    }

    @Override
    public void addRecent(RecentSend send) {
        store.addRecent(send);
    }

    private SchemaRegistryClient registry() {
        return session.registry().orElseThrow(() -> new IllegalStateException(
                "this profile has no schema registry: add its URL to the profile"));
    }
}
