package io.partita.ui.main;

import io.partita.model.ClusterInfo;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.profile.ProfileStore;
import io.partita.sandbox.Sandbox;

/**
 * Connecting to the "Local sandbox" profile when no sandbox answers (the app was restarted, the sandbox of last
 * time is gone) starts a new one and saves its new ports, instead of failing with "connection refused".
 * A sandbox that does answer (e.g. one started with {@code partita sandbox start}) is used as it is.
 */
public final class SandboxAwareConnector implements ClusterConnector {

    private final ClusterConnector delegate;
    private final SandboxStarter sandbox;
    private final ProfileStore store;

    public SandboxAwareConnector(ClusterConnector delegate, SandboxStarter sandbox, ProfileStore store) {
        this.delegate = delegate;
        this.sandbox = sandbox;
        this.store = store;
    }

    @Override
    public Connection connect(ClusterProfile profile, Credentials credentials) throws Exception {
        try {
            return delegate.connect(profile, credentials);
        } catch (Exception unreachable) {
            if (!Sandbox.PROFILE_NAME.equals(profile.name())) {
                throw unreachable;
            }
        }
        ClusterProfile started = sandbox.start(step -> { });
        ClusterProfile saved = started.withName(profile.name());
        store.save(saved);
        return delegate.connect(saved, credentials);
    }

    @Override
    public ClusterInfo describe(Connection connection) {
        return delegate.describe(connection);
    }

    @Override
    public void close(Connection connection) {
        delegate.close(connection);
    }
}
