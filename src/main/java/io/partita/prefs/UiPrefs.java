package io.partita.prefs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the window remembers between runs: the theme, where the main window was, the profile selected last and the
 * workspace tab each profile had open.
 *
 * @param window      absent until the window has been closed once
 * @param lastProfile the profile selected when the app last ran
 * @param tabs        profile name → title of the workspace tab it showed last (Topics, Messages …)
 */
public record UiPrefs(boolean dark, Optional<WindowBounds> window, Optional<String> lastProfile,
                      Map<String, String> tabs) {

    public static final UiPrefs DEFAULTS = new UiPrefs(false, Optional.empty(), Optional.empty(), Map.of());

    public UiPrefs {
        tabs = Map.copyOf(tabs);
    }

    public UiPrefs(boolean dark, Optional<WindowBounds> window) {
        this(dark, window, Optional.empty(), Map.of());
    }

    /** The main window's last position and size; {@code maximized} restores the state, not the size. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public UiPrefs withDark(boolean value) {
        return new UiPrefs(value, window, lastProfile, tabs);
    }

    public UiPrefs withWindow(WindowBounds bounds) {
        return new UiPrefs(dark, Optional.of(bounds), lastProfile, tabs);
    }

    public UiPrefs withLastProfile(String profile) {
        return new UiPrefs(dark, window, Optional.ofNullable(profile), tabs);
    }

    /** {@code tab} null forgets the profile's tab (the profile was deleted). */
    public UiPrefs withTab(String profile, String tab) {
        Map<String, String> next = new LinkedHashMap<>(tabs);
        if (tab == null) {
            next.remove(profile);
        } else {
            next.put(profile, tab);
        }
        return new UiPrefs(dark, window, lastProfile, next);
    }
}
