package io.partita.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.FxTaskRunners;
import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.model.Credentials;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import io.partita.ui.common.Styling;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
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

/** The messages tab on headless Monocle against the shared sandbox: demo.orders decoded in the table. */
@ExtendWith({SandboxExtension.class, ApplicationExtension.class})
class MessagesFxTest {

    private static Sandbox sandbox;
    private ClusterSession session;
    private TaskRunner runner;
    private MessagesViewModel vm;

    @BeforeAll
    static void cluster(Sandbox shared) {
        sandbox = shared;
    }

    @Start
    void start(Stage stage) {
        session = ClusterSession.open(sandbox.profile(), Credentials.none());
        runner = FxTaskRunners.create();
        vm = new MessagesViewModel(runner, MessageSource.of(session), ZoneOffset.UTC, text -> { });
        vm.refreshTopicsCommand().execute();
        Scene scene = new Scene(new MessagesView(vm, ZoneOffset.UTC), 1200, 760);
        Styling.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        vm.dispose();
        runner.close();
        session.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<MessageRow> table(FxRobot robot) {
        return robot.lookup("#messagesTable").queryAs(TableView.class);
    }

    /** Reads demo.orders from its beginning until {@code stop}, by the Read button. */
    private void readDemoOrders(FxRobot robot, BrowseSettings.Stop stop) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.topics().contains("demo.orders"));
        robot.interact(() -> {
            vm.settings().topicProperty().set("demo.orders");
            vm.settings().startProperty().set(BrowseSettings.Start.BEGINNING);
            vm.settings().stopProperty().set(stop);
        });
        robot.clickOn("#readButton");
    }

    @Test
    void readingDemoOrdersShowsDecodedAvroRowsAndTheDetailOfOne(FxRobot robot) throws Exception {
        readDemoOrders(robot, BrowseSettings.Stop.AT_END);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.runningProperty().get()
                && table(robot).getItems().size() == 600);
        WaitForAsyncUtils.waitForFxEvents();

        MessageRow first = table(robot).getItems().get(0);
        assertThat(first.schemaText()).contains("demo.orders-value");
        assertThat(first.valuePreview()).contains("\"createdAt\":\"20").contains("\"total\":");
        assertThat(robot.lookup("#messagesStatus").queryAs(Label.class).getText()).startsWith("Read 600 records");

        robot.clickOn((javafx.scene.Node) robot.lookup(".table-row-cell").nth(0).query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#detailTitle").queryAs(Label.class).getText().startsWith("Partition "));
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).startsWith("Partition ");
        CodeArea value = robot.lookup("#valueText").queryAs(CodeArea.class);
        assertThat(value.getText()).contains("\"orderId\" : \"").contains("\"status\" : \"");
        assertThat(value.getStyleSpans(0, value.getLength()).styleStream().anyMatch(s -> s.contains("json-key")))
                .isTrue();
    }

    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @Test
    void aLiveTailShowsNothingThatAnimatesByItself(FxRobot robot) throws Exception {
        readDemoOrders(robot, BrowseSettings.Stop.LIVE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 600
                && robot.lookup("#messagesStatus").queryAs(Label.class).getText().startsWith("Following"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.runningProperty().get()).isTrue();
        // An indeterminate progress bar or spinner redraws every frame while shown: for hours, during a live tail.
        List<String> animated = TableFx.fx(() -> robot.lookup(n -> n instanceof ProgressIndicator p
                && p.isIndeterminate() && shown(p)).queryAll().stream()
                .map(n -> n.getClass().getSimpleName() + "#" + n.getId()).toList());
        assertThat(animated).isEmpty();
        robot.clickOn("#stopButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
    }
}
