package io.partita.async;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on daemon worker threads and delivers results through {@code callbackExecutor}
 * ({@code Platform::runLater} for the GUI, a direct executor for the CLI).
 */
public final class BackgroundTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTaskRunner.class);

    private final Executor callbackExecutor;
    private final ExecutorService workers;
    private final ScheduledExecutorService scheduler;

    public BackgroundTaskRunner(Executor callbackExecutor) {
        this.callbackExecutor = callbackExecutor;
        this.workers = Executors.newCachedThreadPool(daemonThreads("partita-worker"));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads("partita-scheduler"));
    }

    @Override
    public <T> TaskHandle run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        Handle handle = new Handle();
        try {
            handle.future = workers.submit(() -> execute(handle, work, onSuccess, onError));
        } catch (RejectedExecutionException closed) {
            // A result that arrives while the app (or a test) closes may start follow-up work: dropped, not thrown
            // on the UI thread.
            LOG.debug("runner closed, task dropped");
            handle.cancel();
        }
        return handle;
    }

    @Override
    public <T> TaskHandle schedule(Duration initialDelay, Duration period, Callable<T> work,
                                   Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        Handle handle = new Handle();
        try {
            // The scheduler thread only hands off: a slow sample must not delay other schedules.
            handle.future = scheduler.scheduleWithFixedDelay(() -> {
                if (!handle.isCancelled()) {
                    try {
                        waitQuietly(workers.submit(() -> execute(handle, work, onSuccess, onError)));
                    } catch (RejectedExecutionException closed) {
                        handle.cancel();
                    }
                }
            }, initialDelay.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            LOG.debug("runner closed, schedule dropped");
            handle.cancel();
        }
        return handle;
    }

    private <T> void execute(Handle handle, Callable<T> work, Consumer<? super T> onSuccess,
                             Consumer<Throwable> onError) {
        if (handle.isCancelled()) {
            return;
        }
        try {
            T result = work.call();
            deliver(handle, () -> onSuccess.accept(result));
        } catch (Throwable e) { // NOPMD: every failure must reach the UI as a value
            Throwable cause = unwrap(e);
            LOG.debug("background task failed", cause);
            deliver(handle, () -> onError.accept(cause));
        }
    }

    private void deliver(Handle handle, Runnable callback) {
        callbackExecutor.execute(() -> {
            if (!handle.isCancelled()) {
                callback.run();
            }
        });
    }

    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static void waitQuietly(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.debug("scheduled run failed", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        workers.shutdownNow();
    }

    private static final class Handle implements TaskHandle {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private volatile Future<?> future;

        @Override
        public void cancel() {
            if (cancelled.compareAndSet(false, true) && future != null) {
                future.cancel(true);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
