package io.partita.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Keeps every task until {@link #release()} runs them (on the calling thread): a view model caught mid-work. */
public final class HeldTaskRunner implements TaskRunner {

    private final List<Runnable> held = new ArrayList<>();
    private final DirectTaskRunner direct = new DirectTaskRunner();

    @Override
    public <T> TaskHandle run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        CancelFlag handle = new CancelFlag();
        held.add(() -> {
            if (!handle.isCancelled()) {
                direct.run(work, onSuccess, onError);
            }
        });
        return handle;
    }

    @Override
    public <T> TaskHandle schedule(Duration initialDelay, Duration period, Callable<T> work,
                                   Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        return run(work, onSuccess, onError);
    }

    /** Runs what is held, including what those tasks submit in turn. */
    public void release() {
        while (!held.isEmpty()) {
            held.remove(0).run();
        }
    }

    @Override
    public void close() {
        held.clear();
    }
}
