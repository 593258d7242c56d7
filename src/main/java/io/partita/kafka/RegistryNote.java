package io.partita.kafka;

import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;
import io.partita.model.ReadProgress;
import io.partita.schema.RegistrySchemas;
import java.util.ArrayList;
import java.util.List;

/**
 * The note a read adds to its progress when a record could not be decoded because the schema registry could not be
 * asked (down, a wrong URL, none configured): said once, with the first such reason, so the view and the CLI name the
 * cause instead of leaving it to each record's reason.
 */
final class RegistryNote {

    private RegistryNote() {
    }

    /** The note for a record that failed to decode, null when its failure is not the registry's. */
    static String of(DecodedMessage decoded) {
        if (decoded == null) {
            return null;
        }
        String key = reason(decoded.key());
        String value = reason(decoded.value());
        String reason = value != null ? "value: " + value : key != null ? "key: " + key : null;
        return reason == null ? null : reason + " (records in the registry's wire format are shown undecoded)";
    }

    private static String reason(DecodedValue value) {
        return value instanceof DecodedValue.Failed failed && RegistrySchemas.isRegistryProblem(failed.reason())
                ? failed.reason() : null;
    }

    static ReadProgress with(ReadProgress progress, String note) {
        if (note == null) {
            return progress;
        }
        List<String> notes = new ArrayList<>(progress.notes());
        notes.add(note);
        return new ReadProgress(progress.topic(), progress.partitions(), progress.read(), progress.matched(),
                progress.failed(), progress.finished(), notes);
    }
}
