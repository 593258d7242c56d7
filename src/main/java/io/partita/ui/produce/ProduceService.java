package io.partita.ui.produce;

import io.partita.kafka.SendControl;
import io.partita.model.ProduceTemplate;
import io.partita.model.ProducerSettings;
import io.partita.model.RecentSend;
import io.partita.model.RecordSource;
import io.partita.model.RegisteredSchema;
import io.partita.model.SendResult;
import io.partita.model.SendSummary;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the produce pane needs from the connection and the config dir. Every method but the first three blocks
 * (network or file I/O, each bounded): call it through the task runner, never on the UI thread.
 */
public interface ProduceService {

    String profileName();

    /** False on read-only profiles: the pane disables sending (and {@link #send} refuses anyway). */
    boolean allowsProduce();

    boolean hasRegistry();

    ProducerSettings defaultSettings();

    List<String> topics();

    List<String> subjects();

    List<Integer> versions(String subject);

    RegisteredSchema schema(String subject, String version);

    Map<String, String> effectiveConfig(ProducerSettings settings);

    SendSummary send(RecordSource records, ProducerSettings settings, double ratePerSecond,
                     Consumer<SendResult> listener, SendControl control);

    List<ProduceTemplate> templates(String topic);

    void saveTemplate(ProduceTemplate template);

    void deleteTemplate(String topic, String name);

    List<RecentSend> recent();

    void addRecent(RecentSend send);
}
