package io.partita.ui.main;

import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.model.ClusterProfile;
import io.partita.ui.common.DialogService;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a capability tab (topics, messages, schemas …) gets while its profile is connected: the open session, the
 * runner for background work and the dialogs. Lives exactly as long as the connection; whatever a tab starts that
 * must stop with it (live tails, samplers, readers) is registered with {@link #onClose}.
 */
public final class WorkspaceContext {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceContext.class);

    private final ClusterSession session;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final List<Runnable> closers = new ArrayList<>();
    private boolean closed;
    private java.util.function.Consumer<String> tabs = title -> { };

    public WorkspaceContext(ClusterSession session, TaskRunner runner, DialogService dialogs) {
        this.session = session;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    public ClusterSession session() {
        return session;
    }

    public ClusterProfile profile() {
        return session.profile();
    }

    public TaskRunner runner() {
        return runner;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** Brings the capability tab with this title (e.g. "Produce", "Schemas") to the front; on the UI thread. */
    public void showTab(String title) {
        tabs.accept(title);
    }

    void tabSelector(java.util.function.Consumer<String> selector) {
        this.tabs = selector;
    }

    /** Runs {@code closer} when the connection closes (on the UI thread; it must not block). */
    public void onClose(Runnable closer) {
        if (closed) {
            closer.run();
        } else {
            closers.add(closer);
        }
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Runnable closer : closers) {
            try {
                closer.run();
            } catch (RuntimeException e) {
                LOG.warn("closing a workspace tab failed", e);
            }
        }
        closers.clear();
    }

    public boolean isClosed() {
        return closed;
    }
}
