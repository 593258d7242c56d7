package io.partita.ui.main;

import io.partita.async.TaskRunner;
import io.partita.prefs.UiPrefs;
import io.partita.prefs.UiPrefsStore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UI preferences of this run: changed on the FX thread, written on a worker. Every write stores the latest
 * value under one lock, so writes that overtake each other still leave the newest preferences on disk.
 */
public final class UiPrefsKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(UiPrefsKeeper.class);

    private final UiPrefsStore store;
    private final TaskRunner runner;
    private final AtomicReference<UiPrefs> current;
    private final Object writeLock = new Object();

    /** @param initial read earlier, off the FX thread (see {@code PartitaApp.init}) */
    public UiPrefsKeeper(UiPrefsStore store, TaskRunner runner, UiPrefs initial) {
        this.store = store;
        this.runner = runner;
        this.current = new AtomicReference<>(initial);
    }

    public UiPrefs prefs() {
        return current.get();
    }

    /** Changes the preferences and saves them in the background. */
    public void update(UnaryOperator<UiPrefs> change) {
        current.updateAndGet(change);
        runner.run(() -> {
            saveNow();
            return null;
        }, ok -> { }, e -> LOG.warn("could not save the UI preferences: {}", e.getMessage()));
    }

    /** Blocking: for worker threads and the quit sequence. */
    public void saveNow() {
        synchronized (writeLock) {
            store.save(current.get());
        }
    }
}
