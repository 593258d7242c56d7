package io.partita.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A compatibility pre-check before registering: the registry's verdict and reasons, plus Avro's own explanation
 * when the registry gave none (Apicurio), kept apart so the UI can label where each reason comes from.
 *
 * @param level            the subject's effective compatibility level
 * @param registryMessages the registry's reasons (Confluent's verbose messages); empty on Apicurio
 * @param localReasons     computed here with Avro's SchemaCompatibility, only when incompatible and the registry
 *                         gave no reasons
 * @param newSubject       the subject has no versions yet: nothing to be incompatible with
 */
public record CompatibilityReport(boolean compatible, String level, List<String> registryMessages,
                                  List<String> localReasons, boolean newSubject) {

    public static final String LOCAL_LABEL = "explained locally by Avro's SchemaCompatibility";

    public CompatibilityReport {
        registryMessages = registryMessages == null ? List.of() : List.copyOf(registryMessages);
        localReasons = localReasons == null ? List.of() : List.copyOf(localReasons);
    }

    /** Every reason as one line, the local ones labelled as such. */
    public List<String> reasons() {
        List<String> all = new ArrayList<>(registryMessages);
        localReasons.forEach(r -> all.add(r + " [" + LOCAL_LABEL + "]"));
        return all;
    }
}
