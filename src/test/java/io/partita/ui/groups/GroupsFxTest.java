package io.partita.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.FxTaskRunners;
import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.kafka.GroupFixtures;
import io.partita.model.Credentials;
import io.partita.model.GroupSummary;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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

/** The real groups tab on headless Monocle against the shared sandbox. */
@ExtendWith({SandboxExtension.class, ApplicationExtension.class})
class GroupsFxTest {

    private static ClusterSession session;
    private static GroupFixtures fixtures;
    private static String topic;
    private static String group;
    private final Doubles.Dialogs dialogs = new Doubles.Dialogs();
    private TaskRunner runner;
    private GroupsViewModel vm;
    private GroupsView view;

    @BeforeAll
    static void connect(Sandbox sandbox) throws Exception {
        session = ClusterSession.open(sandbox.profile(), Credentials.none());
        fixtures = new GroupFixtures(sandbox.bootstrapServers());
        topic = fixtures.topic(40, 40);
        group = GroupFixtures.unique("fx");
        fixtures.commit(group, topic, 10, 25);
    }

    @AfterAll
    static void disconnect() {
        fixtures.close();
        session.close();
    }

    @Start
    void start(Stage stage) {
        runner = FxTaskRunners.create();
        vm = new GroupsViewModel(runner, new SessionGroupsBackend(session, Duration.ofSeconds(30)),
                dialogs, dialogs, new SamplerLagFeed(session.newLagSampler()),
                Clock.systemUTC());
        view = new GroupsView(vm);
        io.partita.ui.common.Styling.useTheme(false);
        Scene scene = new Scene(view, 1200, 760); // Monocle's headless screen is 1280 x 800: stay inside it
        io.partita.ui.common.Styling.apply(scene);
        stage.setScene(scene);
        stage.show();
        vm.refresh();
    }

    @AfterEach
    void stop() {
        vm.dispose();
        runner.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<GroupSummary> groupTable(FxRobot robot) {
        return robot.lookup("#groupTable").queryAs(TableView.class);
    }

    @Test
    void theListShowsOurGroupWithItsTotalLagAndTheDetailItsPartitions(FxRobot robot) throws Exception {
        // A fresh broker may still be loading its group coordinator: allow for it.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> groupTable(robot).getItems().stream()
                .anyMatch(g -> g.groupId().equals(group)));
        robot.clickOn("#groupFilter").write(group);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> groupTable(robot).getItems().size() == 1);
        assertThat(groupTable(robot).getItems().get(0).totalLag()).isEqualTo(45L);

        // By the cell's text: the filter field holds the same text, so a plain clickOn(text) may hit it instead.
        robot.clickOn(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> cell
                && group.equals(cell.getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#partitionTable")
                .queryAs(TableView.class).getItems().size() == 2);
        // That check ran on this thread, possibly while the UI thread was between the detail's rows and its total
        // (one task sets both): let that task finish before reading the total.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detailTotalLag").queryLabeled().getText()).isEqualTo("45");
        assertThat(robot.lookup("#detailTitle").queryLabeled().getText()).isEqualTo(group);
    }

    @Test
    void theChartAppearsAndUpdatesWhileTheGroupIsConsumed(FxRobot robot) throws Exception {
        AtomicBoolean consuming = new AtomicBoolean(true);
        Thread consumer = new Thread(() -> {
            long offset = 10;
            while (consuming.get() && offset < 40) {
                try {
                    fixtures.commit(group, topic, ++offset, 25);
                    Thread.sleep(400);
                } catch (Exception e) {
                    return;
                }
            }
        });
        consumer.setDaemon(true);
        robot.interact(() -> vm.chart().periodProperty().set(Duration.ofSeconds(1)));
        consumer.start();
        try {
            robot.clickOn("#groupsPageChart");
            robot.clickOn("#chartGroupInput").write(group);
            robot.clickOn("#addChartGroup");
            long drawsBefore = view.chart().draws();

            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.chart().frameProperty().get().series().isEmpty()
                    && vm.chart().frameProperty().get().series().get(0).size() >= 4);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.chart().rows().get(0).consumeRate()
                    .equals(GroupFormats.ABSENT));

            assertThat(view.chart().draws()).isGreaterThan(drawsBefore + 1); // redrawn as frames came in
            assertThat(vm.chart().rows().get(0).group()).isEqualTo(group);
            assertThat(vm.chart().rows().get(0).consumeRate()).endsWith("/s");
            assertThat(vm.chart().frameProperty().get().series().get(0).lastValue()).isLessThan(45L);
            assertThat(view.chart().maxDrawNanos()).isLessThan(TimeUnit.MILLISECONDS.toNanos(250));

            dialogs.saveTo = java.nio.file.Files.createTempFile("lag", ".png");
            robot.clickOn("#exportPng");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.chart().exportedProperty().get()
                    .startsWith("Saved the chart"));
            java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(dialogs.saveTo.toFile());
            assertThat(png.getWidth()).isEqualTo((int) view.chart().getWidth());
            java.nio.file.Files.delete(dialogs.saveTo);
        } finally {
            consuming.set(false);
            consumer.join(5_000);
        }
    }
}
