package io.partita.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.SecretKind;
import io.partita.model.SecurityConfig;
import io.partita.model.SecurityProtocol;
import io.partita.ui.TestSupport;
import io.partita.ui.common.Styling;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The profile editor on headless Monocle: the fields follow the mechanism, and an OAuth profile saves. */
@ExtendWith(ApplicationExtension.class)
class ProfileEditorFxTest {

    @TempDir
    static Path dir;

    private ProfileServices services;
    private ProfileEditorViewModel vm;

    @Start
    void start(Stage stage) {
        services = TestSupport.services(dir);
        vm = ProfileEditorViewModel.forNew(services, List.of());
        Scene scene = new Scene(new ProfileEditorView(vm, stage::close), 720, 640);
        Styling.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** Visible itself and inside visible parents (rows are hidden as a whole). */
    private static boolean shown(FxRobot robot, String id) {
        for (Node n = robot.lookup(id).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String id, Object value) {
        robot.interact(() -> ((ComboBox<Object>) robot.lookup(id).query()).setValue(value));
    }

    @Test
    void oauthFieldsReplaceTheUserFieldsAndTheProfileSaves(FxRobot robot) throws Exception {
        robot.clickOn("#nameField").write("cloud");
        robot.interact(() -> robot.lookup("#bootstrapField").queryAs(javafx.scene.control.TextField.class)
                .setText("broker.example:9094"));
        assertThat(shown(robot, "#mechanismBox")).isFalse();

        choose(robot, "#protocolBox", SecurityProtocol.SASL_SSL);
        assertThat(shown(robot, "#saslUserField")).isTrue();
        assertThat(shown(robot, "#truststorePathField")).isTrue();
        assertThat(shown(robot, "#tokenUrlField")).isFalse();

        choose(robot, "#mechanismBox", "OAUTHBEARER");
        assertThat(shown(robot, "#saslUserField")).isFalse();
        assertThat(shown(robot, "#tokenUrlField")).isTrue();
        assertThat(shown(robot, "#principalField")).isFalse();
        assertThat(robot.lookup("#saveButton").query().isDisabled()).isTrue();

        // Long values set directly: the robot types one key at a time.
        robot.interact(() -> robot.lookup("#tokenUrlField").queryAs(javafx.scene.control.TextField.class)
                .setText("https://idp.example/token"));
        robot.clickOn("#clientIdField").write("partita");
        robot.interact(() -> robot.lookup("#clientSecretField").queryAs(javafx.scene.control.TextField.class)
                .setText("fx-client-secret"));
        robot.interact(() -> robot.lookup(".scroll-pane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#addPropertyButton");
        robot.write("linger.ms").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#clientPropertiesTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);

        assertThat(vm.saslErrorProperty().get()).isNull();
        assertThat(vm.validProperty().get()).as("name %s, bootstrap %s, properties %s", vm.nameErrorProperty().get(),
                vm.bootstrapErrorProperty().get(), vm.propertiesErrorProperty().get()).isTrue();
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.saveErrorProperty().get()).isEmpty();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.savedProperty().get() != null);

        SecurityConfig sec = services.store().find("cloud").orElseThrow().security();
        assertThat(sec.saslMechanism()).isEqualTo("OAUTHBEARER");
        assertThat(sec.oauth().tokenEndpointUrl()).isEqualTo("https://idp.example/token");
        assertThat(sec.oauth().clientId()).isEqualTo("partita");
        assertThat(services.store().find("cloud").orElseThrow().clientProperties()).containsEntry("linger.ms", "");
        assertThat(services.secrets().load("cloud").get(SecretKind.OAUTH_CLIENT_SECRET)).contains("fx-client-secret");
    }

    @Test
    void gssapiShowsTheKerberosFields(FxRobot robot) {
        choose(robot, "#protocolBox", SecurityProtocol.SASL_PLAINTEXT);
        choose(robot, "#mechanismBox", "GSSAPI");

        assertThat(shown(robot, "#principalField")).isTrue();
        assertThat(shown(robot, "#keytabField")).isTrue();
        assertThat(shown(robot, "#rawJaasArea")).isTrue();
        assertThat(shown(robot, "#truststorePathField")).isFalse();
        assertThat(shown(robot, "#saslPasswordField")).isFalse();
    }
}
