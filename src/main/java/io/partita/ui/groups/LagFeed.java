package io.partita.ui.groups;

import io.partita.async.TaskHandle;
import io.partita.async.TaskRunner;
import io.partita.model.LagFrame;
import io.partita.model.SeriesDetail;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The live chart's source of lag samples (the session's LagSampler in the app, a scripted one in tests).
 * {@link #watch}, {@link #unwatch} and {@link #configure} are cheap and called on the UI thread.
 */
public interface LagFeed {

    void watch(String group, SeriesDetail detail);

    void unwatch(String group);

    /** New sample period and window; takes effect for the next {@link #start}. */
    void configure(Duration period, Duration window);

    /** Samples every period on the runner's scheduler; frames arrive on the UI thread. Cancel the handle to stop. */
    TaskHandle start(TaskRunner runner, Consumer<LagFrame> onFrame, Consumer<Throwable> onError);
}
