package io.partita.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.FxTaskRunners;
import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.model.Credentials;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The AOT training run's read: a whole topic through a shown Messages tab, its status handed back, the window gone. */
@ExtendWith({SandboxExtension.class, ApplicationExtension.class})
class TrainingReadFxTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void readsTheWholeTopicThroughTheTabAndClosesItsWindow(Sandbox sandbox) throws Exception {
        CompletableFuture<String> status = new CompletableFuture<>();
        CompletableFuture<Boolean> shownWhileReading = new CompletableFuture<>();
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none());
             TaskRunner runner = FxTaskRunners.create()) {
            WaitForAsyncUtils.asyncFx(() -> {
                TrainingRead.run(session, "demo.orders", runner, status::complete);
                shownWhileReading.complete(trainingWindowShown());
            });

            assertThat(shownWhileReading.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(status.get(60, TimeUnit.SECONDS))
                    .matches("Read [0-9,]+ records from demo\\.orders.*reached the end offsets seen at start.*");
            assertThat(WaitForAsyncUtils.asyncFx(TrainingReadFxTest::trainingWindowShown).get(10, TimeUnit.SECONDS))
                    .isFalse();
        }
    }

    private static boolean trainingWindowShown() {
        return Window.getWindows().stream().anyMatch(w -> w instanceof Stage s
                && "Partita training read".equals(s.getTitle()) && s.isShowing());
    }
}
