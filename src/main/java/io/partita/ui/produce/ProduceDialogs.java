package io.partita.ui.produce;

import java.util.Map;
import java.util.Optional;

/** The produce pane's own dialogs, so its view model never builds windows. Called on the UI thread. */
public interface ProduceDialogs {

    /** Shows the producer configuration a send would use (secrets already masked). */
    void showEffectiveConfig(String title, Map<String, String> config);

    /** Asks for a template name; empty when cancelled. */
    Optional<String> askTemplateName(String suggestion);

    /** @return true when the user confirmed */
    boolean confirm(String title, String message, String confirmLabel);
}
