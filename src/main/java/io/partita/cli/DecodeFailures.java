package io.partita.cli;

import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.schema.RegistrySchemas;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why records of a {@code consume} could not be decoded: the first few reasons with their counts, for the summary at
 * the end. A registry that cannot be asked (down, a wrong URL, none configured) is said at once, on the first record
 * it leaves undecoded, so a follow or a long read does not hide it in every line. Used on the reader thread; read
 * once the read has finished.
 */
final class DecodeFailures {

    /** Distinct reasons listed; the rest are only counted. */
    static final int LISTED = 3;

    private final PrintStream err;
    private final Map<String, Long> reasons = new LinkedHashMap<>();
    private long unlisted;
    private boolean warned;

    DecodeFailures(PrintStream err) {
        this.err = err;
    }

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
        String reason = failed.reason();
        if (!warned && isRegistryProblem(reason)) {
            warned = true;
            err.println("partita: warning: " + part + ": " + reason
                    + " (records in the registry's wire format are shown undecoded)");
            err.flush();
        }
        String key = part + ": " + reason;
        if (reasons.containsKey(key) || reasons.size() < LISTED) {
            reasons.merge(key, 1L, Long::sum);
        } else {
            unlisted++;
        }
    }

    static boolean isRegistryProblem(String reason) {
        return reason.startsWith(RegistrySchemas.UNAVAILABLE) || reason.endsWith("no schema registry is configured");
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
