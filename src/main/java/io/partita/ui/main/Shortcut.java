package io.partita.ui.main;

import java.util.List;

/** One keyboard shortcut as the Help → Keyboard shortcuts dialog lists it. */
public record Shortcut(String keys, String action) {

    /** Every shortcut of the main window, in the order the dialog shows them. Shortcut = Ctrl (Cmd on macOS). */
    public static final List<Shortcut> ALL = List.of(
            new Shortcut("Ctrl+T", "Quick open a topic: Topics tab, cursor in its filter"),
            new Shortcut("Ctrl+G", "Quick open a consumer group: Consumer groups tab, cursor in its filter"),
            new Shortcut("Ctrl+Shift+S", "Quick open a schema subject: Schemas tab, cursor in its search"),
            new Shortcut("Ctrl+F",
                    "Search: cursor in the current tab's filter (the messages' filter where a tab has none)"),
            new Shortcut("F5 / Ctrl+R", "Refresh what the current tab shows"),
            new Shortcut("Ctrl+W", "Close the current detail tab (a topic, group or subject)"),
            new Shortcut("Ctrl+1 … Ctrl+7", "Go to the n-th tab (Overview, Brokers, Topics, …)"),
            new Shortcut("Ctrl+N", "Add a cluster profile"),
            new Shortcut("Ctrl+Shift+D", "Switch between the light and the dark theme"),
            new Shortcut("F1", "Show this list"),
            new Shortcut("Ctrl+Q", "Quit Partita (stops the local sandbox)"));
}
