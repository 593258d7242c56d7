package io.partita.ui.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.FxTaskRunners;
import io.partita.async.TaskRunner;
import io.partita.kafka.SchemaRegistryService;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import io.partita.ui.common.Styling;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The schemas tab on headless Monocle against the sandbox registry: the subjects list and the register flow. */
@ExtendWith({SandboxExtension.class, ApplicationExtension.class})
class SchemasFxTest {

    private static Sandbox sandbox;
    private static String subject;
    private TaskRunner runner;

    @BeforeAll
    static void seed(Sandbox shared) {
        sandbox = shared;
        subject = "fx-" + UUID.randomUUID() + "-value";
        SchemasViewModelTest.service(sandbox, false).register(subject, SchemasViewModelTest.V1, "AVRO", List.of());
    }

    @Start
    void start(Stage stage) {
        runner = FxTaskRunners.create();
        SchemaRegistryService service = SchemasViewModelTest.service(sandbox, false);
        ScriptedSchemaDialogs dialogs = new ScriptedSchemaDialogs();
        SchemasViewModel vm = new SchemasViewModel(service, Set::of, runner, dialogs, dialogs);
        Scene scene = new Scene(new SchemasView(vm), 1260, 780);
        Styling.apply(scene);
        stage.setScene(scene);
        stage.show();
        vm.refreshCommand().execute();
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<SubjectRow> table(FxRobot robot) {
        return robot.lookup("#subjectTable").queryAs(TableView.class);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    @Test
    void subjectsAreListedAndTheSearchNarrowsThem(FxRobot robot) throws Exception {
        waitFor(() -> table(robot).getItems().stream().anyMatch(r -> r.subject().equals(subject)));

        robot.clickOn("#subjectSearch").write(subject.substring(0, 14));

        waitFor(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).subject()).isEqualTo(subject);
        assertThat(robot.lookup("#subjectCount").queryAs(Label.class).getText()).startsWith("1 of ");
    }

    @Test
    void aNewVersionIsParsedCheckedAndRegisteredFromTheEditor(FxRobot robot) throws Exception {
        waitFor(() -> table(robot).getItems().stream().anyMatch(r -> r.subject().equals(subject)));
        robot.clickOn("#subjectSearch").write(subject);
        waitFor(() -> table(robot).getItems().size() == 1);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        waitFor(() -> robot.lookup("#schemaDetails").tryQuery().map(n -> ((Label) n).getText().startsWith("Version 1"))
                .orElse(false));
        robot.clickOn("New version");
        CodeArea editor = robot.lookup("#schemaEditor").queryAs(CodeArea.class);

        robot.interact(() -> editor.replaceText("{\"type\":\"record\" \"name\":\"Vm\"}"));
        assertThat(robot.lookup("#parseStatus").queryAs(Label.class).getText()).startsWith("line 1, column ");
        assertThat(robot.lookup("#registerSchema").queryAs(Node.class).isDisabled()).isTrue();

        robot.interact(() -> editor.replaceText(SchemasViewModelTest.V2));
        assertThat(robot.lookup("#parseStatus").queryAs(Label.class).getText()).isEqualTo("Valid Avro schema");
        robot.clickOn("#registerSchema");

        waitFor(() -> robot.lookup("#versionList").queryAs(ListView.class).getItems().size() == 2);
        assertThat(robot.lookup("#compatibilityVerdict").queryAs(Label.class).getText())
                .startsWith("Registered: schema id ");
        assertThat(SchemasViewModelTest.service(sandbox, false).versions(subject, false)).containsExactly(1, 2);
    }
}
