package io.partita.ui.produce;

import java.util.Map;
import java.util.Optional;

/** Dialog answers for view-model tests. */
final class ScriptedProduceDialogs implements ProduceDialogs {

    Map<String, String> shownConfig;
    String templateName = "my template";
    boolean confirm = true;

    @Override
    public void showEffectiveConfig(String title, Map<String, String> config) {
        shownConfig = config;
    }

    @Override
    public Optional<String> askTemplateName(String suggestion) {
        return Optional.ofNullable(templateName);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return confirm;
    }
}
