package io.partita.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.prefs.UiPrefs;
import io.partita.ui.common.Styling;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Windows of their own are never larger than the screen (Monocle's headless screen: 1280 x 800). */
@ExtendWith(ApplicationExtension.class)
class FittedWindowsFxTest {

    @Test
    void aSceneLargerThanTheScreenGetsTheScreenAndASmallerOneItsOwnSize() throws Exception {
        Rectangle2D screen = WaitForAsyncUtils.asyncFx(() -> Screen.getPrimary().getVisualBounds()).get();
        Scene large = WaitForAsyncUtils.asyncFx(() -> Styling.fittedScene(new StackPane(), 5000, 4000)).get();
        Scene small = WaitForAsyncUtils.asyncFx(() -> Styling.fittedScene(new StackPane(), 300, 200)).get();

        assertThat(large.getWidth()).isEqualTo(screen.getWidth());
        assertThat(large.getHeight()).isEqualTo(screen.getHeight());
        assertThat(small.getWidth()).isEqualTo(300);
        assertThat(small.getHeight()).isEqualTo(200);
        assertThat(small.getStylesheets()).anyMatch(css -> css.endsWith("partita.css"));
    }

    @Test
    void aFirstStartOnASmallScreenGetsTheScreen() throws Exception {
        double[] size = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            WindowPlacement.restore(stage, Optional.empty(), 5000, 4000);
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            return new double[] {stage.getWidth(), stage.getHeight(), screen.getWidth(), screen.getHeight()};
        }).get();

        assertThat(size[0]).isEqualTo(size[2]);
        assertThat(size[1]).isEqualTo(size[3]);
    }

    @Test
    void aSavedPlaceLargerThanTheScreenGetsTheScreenAndASmallerOneItsOwnSize() throws Exception {
        double[] size = WaitForAsyncUtils.asyncFx(() -> {
            Stage large = new Stage();
            WindowPlacement.restore(large, Optional.of(new UiPrefs.WindowBounds(0, 0, 2560, 1440, false)), 1280, 800);
            Stage small = new Stage();
            WindowPlacement.restore(small, Optional.of(new UiPrefs.WindowBounds(10, 20, 640, 480, false)), 1280, 800);
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            return new double[] {large.getWidth(), large.getHeight(), screen.getWidth(), screen.getHeight(),
                small.getWidth(), small.getHeight(), small.getX(), small.getY()};
        }).get();

        assertThat(size[0]).isEqualTo(size[2]);
        assertThat(size[1]).isEqualTo(size[3]);
        assertThat(new double[] {size[4], size[5], size[6], size[7]}).containsExactly(640, 480, 10, 20);
    }
}
