package io.partita.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work and callbacks on the calling thread, at once: deterministic view-model tests and the CLI.
 * Scheduled work does not run by itself; {@link #tick()} runs every live schedule once.
 */
public final class DirectTaskRunner implements TaskRunner {

    private final List<Runnable> schedules = new ArrayList<>();

    @Override
    public <T> TaskHandle run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onError.accept(BackgroundTaskRunner.unwrap(e));
            return TaskHandle.DONE;
        }
        onSuccess.accept(result);
        return TaskHandle.DONE;
    }

    @Override
    public <T> TaskHandle schedule(Duration initialDelay, Duration period, Callable<T> work,
                                   Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        CancelFlag handle = new CancelFlag();
        schedules.add(() -> {
            if (!handle.isCancelled()) {
                run(work, onSuccess, onError);
            }
        });
        return handle;
    }

    /** Runs every schedule that has not been cancelled, once. */
    public void tick() {
        List.copyOf(schedules).forEach(Runnable::run);
    }

    @Override
    public void close() {
        schedules.clear();
    }
}
