package io.partita.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class AsyncCommandTest {

    @Test
    void commandIsNotExecutableWhileItsConditionIsFalse() {
        SimpleBooleanProperty ready = new SimpleBooleanProperty(false);
        List<String> results = new ArrayList<>();
        AsyncCommand<String> command = new AsyncCommand<>(new DirectTaskRunner(), ready, () -> "done",
                results::add, e -> results.add("error"));

        command.execute();
        assertThat(results).isEmpty();
        ready.set(true);
        command.execute();
        assertThat(results).containsExactly("done");
        assertThat(command.isRunning()).isFalse();
    }

    @Test
    void failureReachesTheErrorCallbackUnwrapped() {
        List<Throwable> errors = new ArrayList<>();
        AsyncCommand<String> command = new AsyncCommand<>(new DirectTaskRunner(), new SimpleBooleanProperty(true),
                () -> {
                    throw new java.util.concurrent.ExecutionException(new IllegalStateException("boom"));
                }, r -> { }, errors::add);

        command.execute();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    }

    @Test
    void backgroundRunnerDeliversResultsThroughTheCallbackExecutorAndDropsCancelledOnes() throws Exception {
        List<Runnable> delivered = new ArrayList<>();
        try (BackgroundTaskRunner runner = new BackgroundTaskRunner(r -> {
            synchronized (delivered) {
                delivered.add(r);
            }
        })) {
            List<String> seen = new ArrayList<>();
            runner.run(() -> "a", seen::add, e -> { });
            TaskHandle cancelled = runner.run(() -> "b", seen::add, e -> { });
            cancelled.cancel();
            long deadline = System.currentTimeMillis() + 5000;
            while (System.currentTimeMillis() < deadline) {
                synchronized (delivered) {
                    if (!delivered.isEmpty()) {
                        break;
                    }
                }
                Thread.sleep(10);
            }
            Thread.sleep(100);
            synchronized (delivered) {
                delivered.forEach(Runnable::run);
            }
            assertThat(seen).containsExactly("a");
        }
    }
}
