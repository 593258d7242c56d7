package io.partita.sandbox;

import io.partita.model.ClusterProfile;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A local KRaft cluster (and optionally an Apicurio registry) running as child JVM processes bound to
 * 127.0.0.1. Used by the app's "Start local sandbox", by {@code partita sandbox start}, and by the tests.
 * {@link #start} blocks until everything answers (bounded); {@link #close} stops brokers before the controller.
 */
public final class Sandbox implements AutoCloseable {

    public static final String PROFILE_NAME = "Local sandbox";

    private Sandbox() {
    }

    /** @param progress receives short human-readable steps ("formatting storage", "broker 1 ready" ...) */
    public static Sandbox start(SandboxOptions options, Consumer<String> progress) throws SandboxException {
        throw new UnsupportedOperationException("sandbox: work in progress");
    }

    public String bootstrapServers() {
        throw new UnsupportedOperationException();
    }

    /** {@code http://127.0.0.1:P/apis/ccompat/v7} when a registry runs. */
    public Optional<String> registryUrl() {
        throw new UnsupportedOperationException();
    }

    public List<Integer> brokerIds() {
        throw new UnsupportedOperationException();
    }

    /** Stops one broker (SIGTERM, waits for exit); for failure tests. */
    public void stopBroker(int id) {
        throw new UnsupportedOperationException();
    }

    /** Starts a stopped broker again on its old port and data, waits until it is back. */
    public void startBroker(int id) {
        throw new UnsupportedOperationException();
    }

    /** The "Local sandbox" profile pointing at this sandbox. */
    public ClusterProfile profile() {
        return ClusterProfile.simple(PROFILE_NAME, bootstrapServers(), registryUrl().orElse(null));
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException();
    }
}
