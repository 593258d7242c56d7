package io.partita.async;

import javafx.application.Platform;

/** The GUI's runner: background workers, callbacks on the FX application thread. */
public final class FxTaskRunners {

    private FxTaskRunners() {
    }

    public static TaskRunner create() {
        return new BackgroundTaskRunner(Platform::runLater);
    }
}
