package io.partita.ui.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.FxTaskRunners;
import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.model.Credentials;
import io.partita.model.NewTopic;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import io.partita.testkit.ThreeBrokers;
import io.partita.ui.common.Styling;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The partitions table highlights under-replicated rows while a broker of the 3-broker sandbox is down. */
@ExtendWith({ApplicationExtension.class, SandboxExtension.class})
class PartitionsUrpFxTest {

    private static final Duration T = Duration.ofSeconds(20);
    private Stage stage;
    private TaskRunner runner;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (runner != null) {
            runner.close();
        }
    }

    private static Set<Node> rows(FxRobot robot, String styleClass) {
        return robot.lookup("#partitionTable ." + styleClass).queryAll();
    }

    @Test
    void underReplicatedPartitionsAreHighlighted(@ThreeBrokers Sandbox cluster, FxRobot robot) throws Exception {
        String topic = "fx-urp-" + UUID.randomUUID().toString().substring(0, 6);
        int victim = cluster.brokerIds().get(1);
        try (ClusterSession session = ClusterSession.open(cluster.profile(), Credentials.none())) {
            session.topicMutations().create(new NewTopic(topic, 3, (short) 3, Map.of()), T);
            cluster.stopBroker(victim);
            try {
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> session.topics().partitions(topic, T).stream()
                        .noneMatch(p -> p.isr().contains(victim)));
                runner = FxTaskRunners.create();
                ScriptedTopicDialogs dialogs = new ScriptedTopicDialogs();
                robot.interact(() -> {
                    TopicDetailViewModel vm = new TopicDetailViewModel(runner, session, topic, dialogs, dialogs,
                            dialogs);
                    Scene scene = new Scene(new TopicDetailView(vm, TopicLinks.NONE), 1200, 600);
                    Styling.apply(scene);
                    stage.setScene(scene);
                    stage.show();
                    vm.refreshCommand().execute();
                });
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows(robot, "partition-urp").size() == 3);

                assertThat(rows(robot, "partition-urp")).allMatch(n -> n instanceof TableRow<?> row
                        && row.getStyleClass().contains("row-warning"));
                assertThat(robot.lookup("#chipUnderReplicated").queryLabeled().getText())
                        .isEqualTo("3 under-replicated");
                assertThat(robot.lookup("#chipUnderReplicated").query().getStyleClass()).contains("chip-warning");
            } finally {
                cluster.startBroker(victim);
            }
        }
    }
}
