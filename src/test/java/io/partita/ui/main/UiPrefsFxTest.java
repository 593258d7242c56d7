package io.partita.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.partita.AppContext;
import io.partita.prefs.UiPrefs;
import io.partita.prefs.UiPrefsStore;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Theme and window place are saved in the config dir and are what the next start uses. */
@ExtendWith(ApplicationExtension.class)
class UiPrefsFxTest {

    @TempDir
    Path dir;

    private AppContext context;
    private UiPrefsStore store;
    private UiPrefsKeeper keeper;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = AppContext.forConfigDir(dir);
        store = new UiPrefsStore(dir);
        keeper = new UiPrefsKeeper(store, context.runner(), store.load());
        MainWindow.install(stage, context.services(), context.dialogs(), keeper);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS()));
        context.close();
    }

    @Test
    void themeSwitchIsSavedAndUsedOnTheNextStart(FxRobot robot) throws Exception {
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheetBSS());

        robot.clickOn("#themeToggle");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> store.load().dark());
        Stage next = restart(robot);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheetBSS());
        robot.interact(next::close);
    }

    @Test
    void windowPlaceIsUsedOnTheNextStart(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(640);
            MainWindow.rememberPlacement(stage, keeper);
        });

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> store.load().window().isPresent());
        UiPrefs.WindowBounds saved = store.load().window().orElseThrow();
        assertThat(saved.width()).isEqualTo(1000);
        Stage next = restart(robot);
        assertThat(next.getWidth()).isEqualTo(1000);
        assertThat(next.getHeight()).isEqualTo(640);
        robot.interact(next::close);
    }

    /** A second window built from the saved file with the light theme set first, as a new start would be. */
    private Stage restart(FxRobot robot) {
        UiPrefs saved = store.load();
        Stage[] next = new Stage[1];
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
            next[0] = new Stage();
            MainWindow.install(next[0], context.services(), context.dialogs(),
                    new UiPrefsKeeper(store, context.runner(), saved));
        });
        return next[0];
    }
}
