package io.partita.ui.main;

import io.partita.async.TaskRunner;
import io.partita.model.ClusterInfo;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.SecretKind;
import io.partita.profile.SecretStore;
import io.partita.ui.profiles.MissingSecrets;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import io.partita.ui.common.DialogService;
import io.partita.ui.main.ClusterConnector.Connection;
import io.partita.ui.overview.OverviewViewModel;
import java.time.Clock;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One saved profile in the sidebar and its connection: at most one open session per profile. Every connection
 * that opens is either shown or closed, also when the user disconnects while it is still connecting.
 */
public final class ProfileItem {

    private final TaskRunner runner;
    private final SecretStore secrets;
    private final ClusterConnector connector;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<ClusterProfile> profile;
    private final ReadOnlyObjectWrapper<ConnectionState> state =
            new ReadOnlyObjectWrapper<>(this, "state", ConnectionState.DISCONNECTED);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ReadOnlyObjectWrapper<OverviewViewModel> overview = new ReadOnlyObjectWrapper<>(this, "overview");
    private final ReadOnlyObjectWrapper<WorkspaceContext> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final DialogService dialogs;
    private Connection connection;
    private Object attempt;

    ProfileItem(ClusterProfile profile, TaskRunner runner, SecretStore secrets, ClusterConnector connector,
                DialogService dialogs, Clock clock) {
        this.dialogs = dialogs;
        this.profile = new ReadOnlyObjectWrapper<>(this, "profile", profile);
        this.runner = runner;
        this.secrets = secrets;
        this.connector = connector;
        this.clock = clock;
        statusText.set(name() + ": not connected");
    }

    public String name() {
        return profile.get().name();
    }

    /** Takes the saved version of this profile; an open connection with other settings is closed. */
    void update(ClusterProfile saved) {
        if (!saved.equals(profile.get())) {
            disconnect();
            profile.set(saved);
            statusText.set(name() + ": not connected");
        }
    }

    void connect() {
        if (!state.get().canConnect()) {
            return;
        }
        Object thisAttempt = new Object();
        attempt = thisAttempt;
        ClusterProfile target = profile.get();
        statusText.set("Connecting to " + target.name() + " (" + target.bootstrapServers() + ")…");
        state.set(ConnectionState.CONNECTING);
        runner.run(() -> secrets.load(target.name()), saved -> connectWith(thisAttempt, target, saved),
                e -> failed(thisAttempt, e));
    }

    /** Asks for secrets the store lacks (the profile outlives a reset keyring), keeps them, then connects. */
    private void connectWith(Object which, ClusterProfile target, Credentials saved) {
        if (which != attempt) {
            return;
        }
        Credentials complete = saved;
        for (SecretKind kind : MissingSecrets.of(target, saved)) {
            Optional<String> value = dialogs.askSecret(target.name(), MissingSecrets.label(kind));
            if (value.isEmpty() || which != attempt) {
                break;
            }
            complete = complete.with(kind, value.get());
        }
        Credentials use = complete;
        runner.run(() -> {
            if (use != saved) {
                keep(target.name(), use);
            }
            return connector.connect(target, use);
        }, c -> connected(which, c), e -> failed(which, e));
    }

    /** Runs on a worker thread; a store that refuses (locked, keyring gone) must not stop the connection. */
    private void keep(String profileName, Credentials credentials) {
        try {
            secrets.save(profileName, credentials);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(ProfileItem.class).warn("could not keep the secrets entered for '{}': {}",
                    profileName, e.getMessage());
        }
    }

    private void connected(Object which, Connection opened) {
        if (which != attempt) {
            closeInBackground(opened);
            return;
        }
        connection = opened;
        if (opened.session() != null && !opened.session().profile().equals(profile.get())) {
            // The connector may have moved the profile (a restarted sandbox has new ports): show what is connected.
            profile.set(opened.session().profile());
        }
        if (opened.session() != null) {
            workspace.set(new WorkspaceContext(opened.session(), runner, dialogs));
        }
        overview.set(new OverviewViewModel(runner, () -> connector.describe(opened), opened.info(),
                opened.registry(), clock));
        // Text first: views that react to the state read it.
        statusText.set(connectedText(opened.info()));
        state.set(ConnectionState.CONNECTED);
    }

    private void failed(Object which, Throwable error) {
        if (which != attempt) {
            return;
        }
        attempt = null;
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        statusText.set("Failed to connect to " + name() + ": " + reason);
        state.set(ConnectionState.FAILED);
    }

    /** Closes the session off the UI thread; a connection still being opened is closed when it arrives. */
    void disconnect() {
        attempt = null;
        if (overview.get() != null) {
            overview.get().dispose();
            overview.set(null);
        }
        if (workspace.get() != null) {
            workspace.get().close();
            workspace.set(null);
        }
        if (connection != null) {
            closeInBackground(connection);
            connection = null;
        }
        if (state.get() != ConnectionState.DISCONNECTED) {
            statusText.set(name() + ": disconnected");
            state.set(ConnectionState.DISCONNECTED);
        }
    }

    private void closeInBackground(Connection c) {
        runner.run(() -> {
            connector.close(c);
            return null;
        }, ok -> { }, e -> { });
    }

    private String connectedText(ClusterInfo info) {
        int brokers = info.brokers().size();
        return "Connected to " + name() + ": cluster " + info.clusterId() + ", " + brokers
                + (brokers == 1 ? " broker" : " brokers");
    }

    public ReadOnlyObjectProperty<ClusterProfile> profileProperty() { return profile.getReadOnlyProperty(); }
    public ClusterProfile profile() { return profile.get(); }
    public ReadOnlyObjectProperty<ConnectionState> stateProperty() { return state.getReadOnlyProperty(); }
    public ConnectionState state() { return state.get(); }
    public ReadOnlyStringProperty statusTextProperty() { return statusText.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<OverviewViewModel> overviewProperty() { return overview.getReadOnlyProperty(); }
    /** The connected session's context for capability tabs; null while not connected (or in fake-cluster tests). */
    public ReadOnlyObjectProperty<WorkspaceContext> workspaceProperty() { return workspace.getReadOnlyProperty(); }
}
