package io.partita.model;

import java.time.Instant;

/** A send as it was made, kept so it can be recalled: what was sent, how often, and how it went. */
public record RecentSend(String profile, Instant at, RecordDraft draft, BulkOptions bulk, long delivered,
                         long failed) {

    public RecentSend {
        bulk = bulk == null ? BulkOptions.ONE : bulk;
    }
}
