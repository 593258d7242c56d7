package io.partita.ui.configs;

import io.partita.model.ConfigValue;

/** How a config's source reads in the editor. */
public final class SourceText {

    private SourceText() {
    }

    public static String of(ConfigValue.Source source) {
        return source.label();
    }
}
