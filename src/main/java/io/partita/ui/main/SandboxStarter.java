package io.partita.ui.main;

import io.partita.model.ClusterProfile;
import java.util.function.Consumer;

/**
 * Starts the local sandbox (blocking, bounded; call on a worker thread). The app owns the sandbox and stops it
 * on exit.
 */
@FunctionalInterface
public interface SandboxStarter {

    /**
     * @param progress short steps for the user; may be called from any thread
     * @return the profile that reaches the running sandbox
     */
    ClusterProfile start(Consumer<String> progress) throws Exception;
}
