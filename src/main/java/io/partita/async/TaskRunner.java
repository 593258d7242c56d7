package io.partita.async;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way to run work off the UI thread. {@code work} runs on a background thread; exactly one of
 * {@code onSuccess} / {@code onError} is then called on the UI thread (the FX application thread in the app,
 * the calling thread with {@link DirectTaskRunner}), unless the task was cancelled first.
 * The work itself must bound its own duration (every service call carries a timeout).
 */
public interface TaskRunner extends AutoCloseable {

    <T> TaskHandle run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError);

    /**
     * Runs {@code work} every {@code period} (first after {@code initialDelay}) on the background scheduler; a run
     * that is still busy delays the next one, runs never overlap. Results and errors arrive on the UI thread.
     */
    <T> TaskHandle schedule(Duration initialDelay, Duration period, Callable<T> work,
                            Consumer<? super T> onSuccess, Consumer<Throwable> onError);

    /** Stops accepting work and interrupts what is running. */
    @Override
    void close();
}
