package io.partita.model;

import java.time.Instant;

/** A saved record draft for one topic of one profile, recalled by name. */
public record ProduceTemplate(String name, String profile, String topic, RecordDraft draft, BulkOptions bulk,
                              Instant saved) {

    public ProduceTemplate {
        name = name == null ? "" : name.strip();
        bulk = bulk == null ? BulkOptions.ONE : bulk;
    }
}
