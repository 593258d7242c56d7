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

    /**
     * Never larger than the screen the window lands on (a first start on a laptop's 768 pixels; a place saved on a
     * larger monitor since unplugged): a window taller than its screen hides its status bar.
     */
    static void restore(Stage stage, Optional<WindowBounds> saved, double defaultWidth, double defaultHeight) {
        WindowBounds bounds = saved.orElse(null);
        if (bounds == null) {
            fit(stage, defaultWidth, defaultHeight, Screen.getPrimary());
            return;
        }
        Rectangle2D titleBar = new Rectangle2D(bounds.x(), bounds.y(), Math.max(1, bounds.width()), VISIBLE_GRIP);
        Optional<Screen> landing = Screen.getScreens().stream()
                .filter(s -> s.getVisualBounds().intersects(titleBar)).findFirst();
        fit(stage, bounds.width(), bounds.height(), landing.orElse(Screen.getPrimary()));
        if (landing.isPresent()) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setMaximized(bounds.maximized());
    }

    private static void fit(Stage stage, double width, double height, Screen screen) {
        Rectangle2D area = screen.getVisualBounds();
        stage.setWidth(Math.min(width, area.getWidth()));
        stage.setHeight(Math.min(height, area.getHeight()));
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
