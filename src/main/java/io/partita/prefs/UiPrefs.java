package io.partita.prefs;

import java.util.Optional;

/**
 * What the window remembers between runs: the theme and where the main window was.
 *
 * @param window absent until the window has been closed once
 */
public record UiPrefs(boolean dark, Optional<WindowBounds> window) {

    public static final UiPrefs DEFAULTS = new UiPrefs(false, Optional.empty());

    /** The main window's last position and size; {@code maximized} restores the state, not the size. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public UiPrefs withDark(boolean value) {
        return new UiPrefs(value, window);
    }

    public UiPrefs withWindow(WindowBounds bounds) {
        return new UiPrefs(dark, Optional.of(bounds));
    }
}
