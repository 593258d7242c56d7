package io.partita.ui.produce;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.model.ProduceFormat;
import io.partita.ui.common.Styling;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The produce pane on headless Monocle, over a cluster-free produce service. */
@ExtendWith(ApplicationExtension.class)
class ProduceViewFxTest {

    @TempDir
    static Path dir;

    private LocalProduceService service;
    private ProduceViewModel vm;

    @Start
    void start(Stage stage) {
        service = new LocalProduceService(dir);
        service.failing = Set.of(1L);
        vm = new ProduceViewModel(service, new DirectTaskRunner(), new ScriptedProduceDialogs(), Clock.systemUTC());
        vm.load();
        Scene scene = new Scene(new ProduceView(vm), 1200, 760);
        Styling.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void sendingFillsTheReportTableAndCounts(FxRobot robot) throws Exception {
        robot.interact(() -> vm.topicProperty().set("events"));
        robot.clickOn("#valueText").write("hello ${i}");
        robot.interact(() -> vm.countProperty().set("3"));

        robot.clickOn("#sendButton");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#resultTable").queryAs(TableView.class).getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents(); // the counts may be set in the UI task that added the last row
        assertThat(robot.lookup("#deliveredCount").queryAs(Label.class).getText()).isEqualTo("2");
        assertThat(robot.lookup("#failedCount").queryAs(Label.class).getText()).isEqualTo("1");
        assertThat(robot.lookup("#reportSummary").queryAs(Label.class).getText()).startsWith("2 of 3 delivered");
    }

    @Test
    void anAvroErrorShowsUnderTheValue(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm.topicProperty().set("orders");
            vm.value().formatProperty().set(ProduceFormat.AVRO);
            vm.value().textProperty().set("{\"n\": true}");
        });
        robot.clickOn("#sendButton");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#valueError").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#valueError").queryAs(Label.class).getText())
                .isEqualTo("$.n: expected int, got boolean true");
        assertThat(robot.lookup("#valueSubject").query().isVisible()).isTrue();
    }

    @Test
    void whileSendingTheReportShowsProgressAndCancelStopsIt(FxRobot robot) throws Exception {
        io.partita.async.TaskRunner fx = io.partita.async.FxTaskRunners.create();
        service.failing = Set.of();
        service.duringSend = i -> sleep(30);
        robot.interact(() -> {
            vm = new ProduceViewModel(service, fx, new ScriptedProduceDialogs(), Clock.systemUTC());
            vm.topicProperty().set("events");
            vm.countProperty().set("1000");
            robot.lookup("#produce").query().getScene().setRoot(new ProduceView(vm));
        });
        robot.clickOn("#sendButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reportSummary").queryAs(Label.class)
                .getText().startsWith("Sending 1,000 records to events"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sendButton").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#cancelButton");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.sendingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reportSummary").queryAs(Label.class).getText()).contains("cancelled");
        assertThat(vm.report().deliveredProperty().get() + vm.report().notSentProperty().get()).isEqualTo(1000);
        assertThat(robot.lookup("#pendingCount").queryAs(Label.class).getText()).isEqualTo("0");
        fx.close();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void readOnlyProfileHasNoSendButtonToPress(FxRobot robot) {
        service.allows = false;
        robot.interact(() -> {
            vm = new ProduceViewModel(service, new DirectTaskRunner(), new ScriptedProduceDialogs(), Clock.systemUTC());
            vm.topicProperty().set("events");
            robot.lookup("#produce").query().getScene().setRoot(new ProduceView(vm));
        });
        assertThat(robot.lookup("#sendButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#produceNotice").queryAs(Label.class).isVisible()).isTrue();
    }
}
