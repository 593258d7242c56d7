package io.partita.cli;

import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why records of a {@code consume} could not be decoded: the first few reasons with their counts, for the summary at
 * the end. Used on the reader thread; read once the read has finished.
 */
final class DecodeFailures {

    /** Distinct reasons listed; the rest are only counted. */
    static final int LISTED = 3;

    private final Map<String, Long> reasons = new LinkedHashMap<>();
    private long unlisted;

    void count(List<DecodedMessage> batch) {
        for (DecodedMessage message : batch) {
            note("key", message.key());
            note("value", message.value());
        }
    }

    private void note(String part, DecodedValue value) {
        if (!(value instanceof DecodedValue.Failed failed)) {
            return;
        }
        String key = part + ": " + failed.reason();
        if (reasons.containsKey(key) || reasons.size() < LISTED) {
            reasons.merge(key, 1L, Long::sum);
        } else {
            unlisted++;
        }
    }

    /** One line per listed reason ("3 record(s), value: …"), then how many failed for other reasons. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        reasons.forEach((reason, n) -> lines.add(n + " record(s), " + reason));
        if (unlisted > 0) {
            lines.add(unlisted + " more key(s) or value(s) for other reasons");
        }
        return lines;
    }
}
