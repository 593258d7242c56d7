package io.partita.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.AppContext;
import io.partita.profile.ProfileStore;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The quick-open and search keys on a connected workspace: the right tab comes up with the cursor in its field. */
@ExtendWith({SandboxExtension.class, ApplicationExtension.class})
class ShortcutsSandboxFxTest {

    @TempDir
    Path dir;

    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void quickOpenAndSearchPutTheCursorInTheRightField(Sandbox sandbox, FxRobot robot) throws Exception {
        new ProfileStore(dir).save(sandbox.profile());
        context = AppContext.forConfigDir(dir);
        robot.interact(() -> {
            MainWindow.install(stage, context.services(), context.dialogs());
            stage.show();
            stage.toFront();
        });
        ShellFxTest.waitUntilVisible(robot, "#overviewConnect");
        robot.clickOn("#overviewConnect");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#statusText").queryLabeled().getText()
                .startsWith("Connected to"));

        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        waitForFocus(robot, "topicFilter");
        assertThat(selectedTab(robot)).isEqualTo("Topics");

        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        waitForFocus(robot, "groupFilter");
        assertThat(selectedTab(robot)).isEqualTo("Consumer groups");

        // Ctrl+F stays on a tab that has a filter of its own …
        robot.clickOn("#tab-topics");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitForFocus(robot, "topicFilter");
        assertThat(selectedTab(robot)).isEqualTo("Topics");

        // … and goes to the messages' filter from one that has none.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Overview".equals(selectedTab(robot)));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitForFocus(robot, "filterField");
        assertThat(selectedTab(robot)).isEqualTo("Messages");
    }

    private void waitForFocus(FxRobot robot, String id) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                Node focused = stage.getScene().getFocusOwner();
                return focused != null && id.equals(focused.getId());
            });
        } catch (java.util.concurrent.TimeoutException e) {
            Node focused = stage.getScene().getFocusOwner();
            throw new AssertionError("focus on " + (focused == null ? null : focused.getId() + " " + focused)
                    + " instead of #" + id + ", tab " + selectedTab(robot));
        }
    }

    private static String selectedTab(FxRobot robot) {
        return robot.lookup("#workspace").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText();
    }
}
