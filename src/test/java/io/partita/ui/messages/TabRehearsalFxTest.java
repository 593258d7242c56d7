package io.partita.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The AppCDS training's rehearsal of the Messages tab builds and lays it out without a cluster, and says how long. */
@ExtendWith(ApplicationExtension.class)
class TabRehearsalFxTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void buildsTheTabWithNothingBehindIt() throws Exception {
        long millis = WaitForAsyncUtils.asyncFx(() -> TabRehearsal.run(new DirectTaskRunner()))
                .get(60, TimeUnit.SECONDS);

        assertThat(millis).isGreaterThanOrEqualTo(0);
    }
}
