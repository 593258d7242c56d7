package io.partita.cli;

import io.partita.model.ClusterProfile;
import io.partita.sandbox.Sandbox;
import io.partita.sandbox.SandboxException;
import io.partita.sandbox.SandboxOptions;
import java.util.Optional;
import java.util.function.Consumer;

/** Starts a local cluster; blocks until it answers. */
interface SandboxLauncher {

    LocalCluster start(SandboxOptions options, Consumer<String> progress) throws SandboxException;

    /** The real one: child JVM processes via {@link Sandbox}. */
    static SandboxLauncher processes() {
        return (options, progress) -> {
            Sandbox sandbox = Sandbox.start(options, progress);
            return new LocalCluster() {
                @Override
                public String bootstrapServers() {
                    return sandbox.bootstrapServers();
                }

                @Override
                public Optional<String> registryUrl() {
                    return sandbox.registryUrl();
                }

                @Override
                public ClusterProfile profile() {
                    return sandbox.profile();
                }

                @Override
                public void close() {
                    sandbox.close();
                }
            };
        };
    }
}
