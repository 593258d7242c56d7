package io.partita.ui.configs;

import io.partita.model.ConfigValue;
import java.util.Optional;

/** The config editor's own dialog; confirmations and errors go through the app's DialogService. */
public interface ConfigDialogs {

    /**
     * Asks for a new value of {@code current}; empty when cancelled.
     *
     * @param offerClusterWide show the "apply to all brokers" choice
     */
    Optional<ConfigEdit> edit(String targetLabel, ConfigValue current, boolean offerClusterWide);
}
