package io.partita.model;

import java.util.List;

/** The registry's answer to a compatibility check, with its reasons when incompatible. */
public record CompatibilityResult(boolean compatible, List<String> messages) {

    public CompatibilityResult {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }
}
