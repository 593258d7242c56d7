package io.partita.model;

import java.util.List;

/**
 * Everything the user entered for one record (or one bulk run of copies), before placeholders are expanded
 * and text is encoded. Saved as is in templates and recent sends.
 *
 * @param partition a fixed partition, or null to let the producer's partitioner choose (by key hash)
 */
public record RecordDraft(String topic, Integer partition, PayloadDraft key, PayloadDraft value,
                          List<HeaderDraft> headers) {

    public RecordDraft {
        topic = topic == null ? "" : topic.strip();
        key = key == null ? PayloadDraft.none() : key;
        value = value == null ? PayloadDraft.none() : value;
        headers = headers == null ? List.of() : List.copyOf(headers);
    }

    public RecordDraft withTopic(String newTopic) {
        return new RecordDraft(newTopic, partition, key, value, headers);
    }
}
