package io.partita.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.BackgroundTaskRunner;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Work held back until a window's first frame: not run before it, run right after it, at once afterwards. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameFxTest {

    private final BackgroundTaskRunner runner = new BackgroundTaskRunner(Platform::runLater);

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void tasksWaitForTheFirstFrameThenRunInOrder(FxRobot robot) throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        Stage[] stage = new Stage[1];
        Executor[] gate = new Executor[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            Scene scene = new Scene(new StackPane(new Label("first frame")), 300, 200);
            stage[0].setScene(scene);
            FirstFrame.whenShown(scene, (jvmStart, millis) -> events.add("frame"));
            gate[0] = FirstFrame.afterFirstFrame(scene, runner);
            gate[0].execute(() -> events.add("a"));
            gate[0].execute(() -> events.add("b"));
        });
        // Not shown yet: no pulse for this scene, so nothing may have run.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(events).isEmpty();

        robot.interact(() -> stage[0].show());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> events.size() >= 3);
        assertThat(events).containsExactly("frame", "a", "b");

        robot.interact(() -> gate[0].execute(() -> events.add("later")));
        assertThat(events).containsExactly("frame", "a", "b", "later");
        robot.interact(() -> stage[0].close());
    }
}
