package io.partita.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.AppContext;
import io.partita.model.ClusterProfile;
import io.partita.prefs.UiPrefsStore;
import io.partita.profile.ProfileStore;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The next start selects the profile used last and shows the tab each profile had open. */
@ExtendWith(ApplicationExtension.class)
class TabMemoryFxTest {

    @TempDir
    Path dir;

    private AppContext context;
    private UiPrefsStore prefsStore;

    @Start
    void start(Stage stage) {
        ProfileStore store = new ProfileStore(dir);
        store.save(ClusterProfile.simple("prod", "127.0.0.1:9", null));
        store.save(ClusterProfile.simple("dev", "127.0.0.1:9", null));
        context = AppContext.forConfigDir(dir);
        prefsStore = new UiPrefsStore(dir);
        open(stage);
    }

    private MainViewModel open(Stage stage) {
        MainViewModel vm = MainWindow.install(stage, context.services(), context.dialogs(),
                new UiPrefsKeeper(prefsStore, context.runner(), prefsStore.load()));
        stage.show();
        return vm;
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void profileAndItsTabAreWhereTheUserLeftThem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ShellFxTest.profileList(robot).getItems().size() == 2);
        // Sorted by name: dev first, and nothing remembered yet, so dev is selected on its overview.
        assertThat(selectedProfile(robot)).isEqualTo("dev");
        assertThat(selectedTab(robot)).isEqualTo("Overview");

        robot.clickOn("#tab-schemas");
        robot.clickOn("prod");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedTab(robot)).as("prod was never opened: its overview").isEqualTo("Overview");
        robot.clickOn("#tab-messages");
        robot.clickOn("dev");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedTab(robot)).as("dev keeps its own tab").isEqualTo("Schemas");
        robot.clickOn("prod");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedTab(robot)).isEqualTo("Messages");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> prefsStore.load().lastProfile().orElse("").equals("prod")
                && "Messages".equals(prefsStore.load().tabs().get("prod")));
        assertThat(prefsStore.load().tabs()).containsEntry("dev", "Schemas");

        // A new start from what was saved: prod, on Messages.
        robot.interact(() -> robot.window(0).hide());
        Stage[] next = new Stage[1];
        MainViewModel[] vm = new MainViewModel[1];
        robot.interact(() -> {
            next[0] = new Stage();
            vm[0] = open(next[0]);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm[0].loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm[0].selectedProperty().get().name()).isEqualTo("prod");
        TabPane workspace = (TabPane) next[0].getScene().lookup("#workspace");
        assertThat(workspace.getSelectionModel().getSelectedItem().getText()).isEqualTo("Messages");
        robot.interact(next[0]::close);
    }

    private static String selectedProfile(FxRobot robot) {
        return ShellFxTest.profileList(robot).getSelectionModel().getSelectedItem().name();
    }

    private static String selectedTab(FxRobot robot) {
        return robot.lookup("#workspace").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText();
    }
}
