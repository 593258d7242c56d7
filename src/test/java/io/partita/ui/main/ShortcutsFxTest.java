package io.partita.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.AppContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
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

/** Help → Keyboard shortcuts lists every shortcut; F1 opens it too. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsFxTest {

    @TempDir
    Path dir;

    private AppContext context;

    @Start
    void start(Stage stage) {
        context = AppContext.forConfigDir(dir);
        MainWindow.install(stage, context.services(), context.dialogs());
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void helpMenuListsEveryShortcut(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("#shortcutsItem");

        List<String> keys = shownKeys(robot);
        assertThat(keys).containsExactlyInAnyOrderElementsOf(Shortcut.ALL.stream().map(Shortcut::keys).toList());
        assertThat(keys).contains("Ctrl+W", "F5 / Ctrl+R", "Ctrl+T");
    }

    @Test
    void f1OpensTheShortcutsDialog(FxRobot robot) throws Exception {
        robot.clickOn("#mainView").type(KeyCode.F1);

        assertThat(shownKeys(robot)).hasSameSizeAs(Shortcut.ALL);
    }

    private static List<String> shownKeys(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#shortcutsDialog").tryQuery().map(Node::isVisible).orElse(false));
        return robot.lookup("#shortcutsGrid .shortcut-keys").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }
}
