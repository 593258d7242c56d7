package io.partita.sandbox;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sandboxes not closed yet, closed by one JVM shutdown hook: an app that exits normally (or on SIGTERM/Ctrl+C)
 * without closing its sandbox still stops the children cleanly. SIGKILL is {@link ParentWatch}'s job.
 */
final class OpenSandboxes {

    private static final Set<Sandbox> OPEN = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    private OpenSandboxes() {
    }

    static void add(Sandbox sandbox) {
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(OpenSandboxes::closeAll, "partita-sandbox-shutdown"));
        }
        OPEN.add(sandbox);
    }

    static void remove(Sandbox sandbox) {
        OPEN.remove(sandbox);
    }

    private static void closeAll() {
        List.copyOf(OPEN).forEach(Sandbox::close);
    }
}
