package io.partita.ui.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.FxTaskRunners;
import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.model.Credentials;
import io.partita.model.NewTopic;
import io.partita.model.TopicSummary;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import io.partita.ui.common.Styling;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real topics tab on headless Monocle against the shared sandbox: typing in the filter narrows the table. */
@ExtendWith({ApplicationExtension.class, SandboxExtension.class})
class TopicsListFxTest {

    private Stage stage;
    private TaskRunner runner;
    private ClusterSession session;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (runner != null) {
            runner.close();
        }
        if (session != null) {
            session.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static TableView<TopicSummary> table(FxRobot robot) {
        return robot.lookup("#topicTable").queryAs(TableView.class);
    }

    @Test
    void typingInTheFilterNarrowsTheTableAsYouType(Sandbox sandbox, FxRobot robot) throws Exception {
        String prefix = "fx" + UUID.randomUUID().toString().substring(0, 6);
        session = ClusterSession.open(sandbox.profile(), Credentials.none());
        for (String suffix : List.of("-alpha", "-beta", "-gamma")) {
            session.topicMutations().create(new NewTopic(prefix + suffix, 1, (short) 1, Map.of()),
                    Duration.ofSeconds(20));
        }
        runner = FxTaskRunners.create();
        ScriptedTopicDialogs dialogs = new ScriptedTopicDialogs();
        robot.interact(() -> {
            TopicsViewModel vm = new TopicsViewModel(runner, session, dialogs, dialogs, dialogs);
            Scene scene = new Scene(new TopicsView(vm), 1200, 700);
            Styling.apply(scene);
            stage.setScene(scene);
            stage.show();
            vm.refreshCommand().execute();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table(robot).getItems().stream()
                .filter(t -> t.name().startsWith(prefix)).count() == 3);

        robot.clickOn("#topicFilter").write(prefix);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 3);
        robot.write("-b");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents(); // the summary may be set in the UI task that filtered the rows

        assertThat(table(robot).getItems().get(0).name()).isEqualTo(prefix + "-beta");
        assertThat(robot.lookup("#topicSummary").queryLabeled().getText()).startsWith("1 of ");
    }
}
