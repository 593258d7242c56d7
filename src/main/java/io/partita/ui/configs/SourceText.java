package io.partita.ui.configs;

import io.partita.model.ConfigValue;

/** How a config's source reads in the editor. */
public final class SourceText {

    private SourceText() {
    }

    public static String of(ConfigValue.Source source) {
        return switch (source) {
            case TOPIC_OVERRIDE -> "topic override";
            case DYNAMIC_BROKER -> "dynamic broker";
            case DYNAMIC_DEFAULT_BROKER -> "dynamic cluster default";
            case STATIC_BROKER -> "static broker (server.properties)";
            case DEFAULT -> "default";
            case OTHER -> "other";
        };
    }
}
