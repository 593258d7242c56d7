package io.partita.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.AppContext;
import io.partita.profile.ProfileStore;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real shell on headless Monocle, with its profiles in a temp dir. */
@ExtendWith(ApplicationExtension.class)
class ShellFxTest {

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

    @SuppressWarnings("unchecked")
    static ListView<ProfileItem> profileList(FxRobot robot) {
        return robot.lookup("#profileList").queryAs(ListView.class);
    }

    static void waitUntilVisible(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void addedClusterAppearsInTheSidebar(FxRobot robot) throws Exception {
        waitUntilVisible(robot, "#welcomeAddCluster");
        robot.clickOn("#welcomeAddCluster");
        waitUntilVisible(robot, "#nameField");
        robot.clickOn("#nameField").write("dev cluster");
        robot.clickOn("#bootstrapField").write("127.0.0.1:9092");
        robot.clickOn("#saveButton");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> profileList(robot).getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents(); // the welcome pane may be hidden in the UI task that added the profile
        assertThat(profileList(robot).getItems().get(0).name()).isEqualTo("dev cluster");
        assertThat(robot.lookup("#welcome").query().isVisible()).isFalse();
        assertThat(new ProfileStore(dir).find("dev cluster")).isPresent();
    }
}
