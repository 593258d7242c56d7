package io.partita.ui.main;

import static io.partita.ui.main.ShellFxTest.waitUntilVisible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.async.FxTaskRunners;
import io.partita.async.TaskRunner;
import io.partita.kafka.ConnectionTester;
import io.partita.model.Credentials;
import io.partita.model.SecretKind;
import io.partita.profile.AppSecretStore;
import io.partita.profile.EncryptedFileSecretStore;
import io.partita.profile.ProfileStore;
import io.partita.profile.WrongMasterPasswordException;
import io.partita.ui.common.FxDialogService;
import io.partita.ui.profiles.ProfileServices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Change master password… on an unlocked encrypted file: mismatch and wrong password stay in the dialog. */
@ExtendWith(ApplicationExtension.class)
class ChangeMasterPasswordFxTest {

    @TempDir
    Path dir;

    private TaskRunner runner;

    @Start
    void start(Stage stage) throws Exception {
        EncryptedFileSecretStore file = new EncryptedFileSecretStore(dir);
        file.unlock("old master".toCharArray());
        file.save("prod", Credentials.of(Map.of(SecretKind.SASL_PASSWORD, "prod-pw")));
        runner = FxTaskRunners.create();
        FxDialogService dialogs = new FxDialogService();
        ProfileServices profiles = new ProfileServices(runner, new ProfileStore(dir), new AppSecretStore(() -> file),
                ConnectionTester::test);
        ShellServices services = new ShellServices(profiles, dialogs, new DefaultClusterConnector(Duration.ofSeconds(5)),
                progress -> {
                    throw new IllegalStateException("no sandbox in this test");
                });
        MainWindow.install(stage, services, dialogs);
        stage.show();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void theMasterPasswordIsChangedFromTheFileMenu(FxRobot robot) throws Exception {
        robot.clickOn("File");
        robot.clickOn("Change master password…");
        waitUntilVisible(robot, "#currentMasterPasswordField");

        robot.clickOn("#currentMasterPasswordField").write("wrong");
        robot.clickOn("#newMasterPasswordField").write("new master");
        robot.clickOn("#repeatMasterPasswordField").write("new maste");
        waitUntilVisible(robot, "#changeMasterPasswordMismatch");
        assertThat(robot.lookup("#changeMasterPasswordOk").query().isDisabled()).isTrue();

        robot.clickOn("#repeatMasterPasswordField").write("r");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#changeMasterPasswordMismatch")).isFalse();
        robot.clickOn("#changeMasterPasswordOk");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(robot, "#changeMasterPasswordError"));
        assertThat(robot.lookup("#changeMasterPasswordError").queryAs(Label.class).getText())
                .contains("current master password is wrong");

        robot.interact(() -> robot.lookup("#currentMasterPasswordField").queryAs(PasswordField.class).clear());
        robot.clickOn("#currentMasterPasswordField").write("old master");
        robot.clickOn("#changeMasterPasswordOk");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#changeMasterPasswordOk").tryQuery().isEmpty());

        assertThatThrownBy(() -> new EncryptedFileSecretStore(dir).unlock("old master".toCharArray()))
                .isInstanceOf(WrongMasterPasswordException.class);
        EncryptedFileSecretStore reopened = new EncryptedFileSecretStore(dir);
        reopened.unlock("new master".toCharArray());
        assertThat(reopened.load("prod").get(SecretKind.SASL_PASSWORD)).contains("prod-pw");
    }
}
