package io.partita.ui.acls;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.FxTaskRunners;
import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.model.AclEntry;
import io.partita.model.AclOperation;
import io.partita.model.AclPatternType;
import io.partita.model.AclPermission;
import io.partita.model.AclQuery;
import io.partita.model.AclResourceType;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import io.partita.testkit.SecureCluster;
import io.partita.testkit.SecureProfiles;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real ACLs tab on headless Monocle, connected over SASL_SSL as the secure sandbox's admin. */
@ExtendWith({SandboxExtension.class, ApplicationExtension.class})
class AclsFxTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static ClusterSession session;
    private static String principal;
    private final ScriptedDialogs confirmations = new ScriptedDialogs();
    private TaskRunner runner;
    private AclsViewModel vm;

    @BeforeAll
    static void connect(@SecureCluster Sandbox sandbox) {
        SecureProfiles.Connection admin = SecureProfiles.admin(sandbox);
        session = ClusterSession.open(admin.profile(), admin.credentials());
        principal = "User:fx-" + UUID.randomUUID().toString().substring(0, 8);
        session.acls().create(List.of(new AclEntry(principal, "*", AclOperation.READ, AclPermission.ALLOW,
                AclResourceType.GROUP, "fx-group", AclPatternType.LITERAL)), TIMEOUT);
    }

    @AfterAll
    static void disconnect() {
        session.acls().delete(new AclQuery(principal, null, null, null, null, null, null), TIMEOUT);
        session.close();
    }

    @Start
    void start(Stage stage) {
        runner = FxTaskRunners.create();
        java.util.function.Supplier<javafx.stage.Window> owner = () -> stage;
        vm = new AclsViewModel(runner, session, confirmations, new FxAclDialogs(owner));
        io.partita.ui.common.Styling.useTheme(false);
        Scene scene = new Scene(new AclsView(vm), 1200, 700);
        io.partita.ui.common.Styling.apply(scene);
        stage.setScene(scene);
        stage.show();
        vm.refreshCommand().execute();
    }

    @AfterEach
    void stop() {
        vm.dispose();
        runner.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<AclEntry> table(FxRobot robot) {
        return robot.lookup("#aclTable").queryAs(TableView.class);
    }

    private static boolean rows(FxRobot robot, int count) {
        return table(robot).getItems().size() == count;
    }

    @Test
    void createFromTheDialogThenDeleteTheSelectedRow(FxRobot robot) throws Exception {
        robot.clickOn("#aclFilter").write(principal);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows(robot, 1));
        assertThat(table(robot).getItems().get(0).resourceType()).isEqualTo(AclResourceType.GROUP);

        robot.clickOn("#createAcl");
        robot.doubleClickOn("#aclPrincipal").eraseText(10).write(principal);
        robot.clickOn("#aclResourceName").write("fx-topic");
        robot.clickOn("#createAclButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows(robot, 2));
        assertThat(table(robot).getItems()).extracting(AclEntry::resourceName)
                .containsExactlyInAnyOrder("fx-group", "fx-topic");

        robot.interact(() -> table(robot).getSelectionModel().select(table(robot).getItems().stream()
                .filter(e -> e.resourceName().equals("fx-topic")).findFirst().orElseThrow()));
        robot.clickOn("#deleteAcls");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rows(robot, 1));

        assertThat(confirmations.confirmations).hasSize(1).allMatch(m -> m.contains("fx-topic"));
        assertThat(table(robot).getItems().get(0).resourceName()).isEqualTo("fx-group");
        // The summary follows the rows in a later FX event: wait for it rather than read it in between.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#aclsSummary").queryLabeled().getText()
                .matches("1 binding|1 of \\d+ bindings"));
    }
}
