package io.partita.ui.main;

import io.partita.prefs.UiPrefs.WindowBounds;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the main window where it was last time, unless that place is on no screen any more (a monitor unplugged). */
final class WindowPlacement {

    /** How much of the title bar must be on a screen for the old place to count. */
    private static final double VISIBLE_GRIP = 48;

    private WindowPlacement() {
    }

    static void restore(Stage stage, Optional<WindowBounds> saved, double defaultWidth, double defaultHeight) {
        WindowBounds bounds = saved.orElse(null);
        if (bounds == null) {
            // A first start on a screen smaller than the default (a laptop's 768 pixels) gets the whole screen.
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(defaultWidth, screen.getWidth()));
            stage.setHeight(Math.min(defaultHeight, screen.getHeight()));
            return;
        }
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        Rectangle2D titleBar = new Rectangle2D(bounds.x(), bounds.y(), Math.max(1, bounds.width()), VISIBLE_GRIP);
        boolean onScreen = Screen.getScreens().stream()
                .anyMatch(s -> s.getVisualBounds().intersects(titleBar));
        if (onScreen) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setMaximized(bounds.maximized());
    }

    /** The window as it is now; a maximized window keeps its last normal size. */
    static WindowBounds capture(Stage stage, Optional<WindowBounds> previous) {
        if (stage.isMaximized() && previous.isPresent()) {
            WindowBounds p = previous.get();
            return new WindowBounds(p.x(), p.y(), p.width(), p.height(), true);
        }
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }
}
