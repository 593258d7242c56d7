package io.partita.ui.main;

import static io.partita.ui.main.ShellFxTest.profileList;
import static io.partita.ui.main.ShellFxTest.waitUntilVisible;
import static org.assertj.core.api.Assertions.assertThat;

import io.partita.AppContext;
import io.partita.model.ClusterProfile;
import io.partita.profile.ProfileStore;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.control.DialogPane;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Deleting from the sidebar, with two saved profiles. */
@ExtendWith(ApplicationExtension.class)
class ShellDeleteFxTest {

    @TempDir
    Path dir;

    private AppContext context;

    @Start
    void start(Stage stage) {
        ProfileStore store = new ProfileStore(dir);
        store.save(ClusterProfile.simple("prod", "127.0.0.1:9092", null));
        store.save(ClusterProfile.simple("dev", "127.0.0.1:9093", null));
        context = AppContext.forConfigDir(dir);
        MainWindow.install(stage, context.services(), context.dialogs());
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void rightClickOffersTheProfileActions(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> profileList(robot).getItems().size() == 2);
        robot.clickOn("prod");
        // Monocle makes no context-menu event from a right click: the event a desktop sends, fired on the list.
        var list = profileList(robot);
        robot.interact(() -> {
            var corner = list.localToScreen(20, 20);
            Event.fireEvent(list, new ContextMenuEvent(
                    ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 20, corner.getX(), corner.getY(),
                    false, null));
        });
        waitUntilVisible(robot, ".context-menu");
        robot.clickOn("Delete…");
        waitUntilVisible(robot, "#confirmButton");
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
                .contains("Delete the profile 'prod'?");
        robot.clickOn("#cancelButton");
    }

    @Test
    void deleteAsksForConfirmationFirst(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> profileList(robot).getItems().size() == 2);
        robot.clickOn("prod");
        robot.clickOn("#deleteProfile");
        waitUntilVisible(robot, "#confirmButton");
        DialogPane confirmation = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(confirmation.getContentText()).contains("Delete the profile 'prod'?");

        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(profileList(robot).getItems()).extracting(ProfileItem::name).containsExactly("dev", "prod");

        robot.clickOn("#deleteProfile");
        waitUntilVisible(robot, "#confirmButton");
        robot.clickOn("#confirmButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> profileList(robot).getItems().size() == 1);
        assertThat(profileList(robot).getItems()).extracting(ProfileItem::name).containsExactly("dev");
        assertThat(new ProfileStore(dir).find("prod")).isEmpty();
    }
}
