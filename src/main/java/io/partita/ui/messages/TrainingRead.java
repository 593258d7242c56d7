package io.partita.ui.messages;

import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.ui.common.Styling;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * One read of a whole topic through the Messages tab, shown in a window of its own, for the packaged app's AOT
 * training run (packaging/aot.sh): the cache then holds the profiles of the read path's methods (the consumer's
 * fetch, the decoders, the rows, the table's cells), so a user's first browse starts on methods the JIT knows are hot
 * instead of interpreting them while it compiles. On Java 25 a JVM's first read of 1M records went from 1.23–1.31 s
 * to 0.98–1.12 s with such a cache (bench/RESULTS-messages.md, session 11).
 */
public final class TrainingRead {

    private TrainingRead() {
    }

    /**
     * Reads {@code topic} from the beginning through a new Messages view in a shown window; calls {@code done} on the
     * UI thread with the view's final status once the read has finished (the window is closed by then).
     * Call on the UI thread.
     */
    public static void run(ClusterSession session, String topic, TaskRunner runner, Consumer<String> done) {
        ZoneId zone = ZoneId.systemDefault();
        MessagesViewModel vm = new MessagesViewModel(runner, MessageSource.of(session), zone, text -> { });
        Scene scene = Styling.fittedScene(new MessagesView(vm, zone), 1400, 900);
        Stage stage = new Stage();
        stage.setTitle("Partita training read");
        stage.setScene(scene);
        stage.show();
        vm.settings().topicProperty().set(topic);
        vm.settings().startProperty().set(BrowseSettings.Start.BEGINNING);
        long start = System.nanoTime();
        vm.runningProperty().addListener((o, was, running) -> {
            if (!running) {
                String status = vm.statusProperty().get() + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)";
                stage.hide();
                vm.dispose();
                done.accept(status);
            }
        });
        vm.startCommand().execute();
    }
}
