package io.partita;

import io.partita.async.FxTaskRunners;
import io.partita.async.TaskRunner;
import io.partita.kafka.ConnectionTester;
import io.partita.model.ClusterProfile;
import io.partita.profile.AppSecretStore;
import io.partita.produce.ProduceStore;
import io.partita.profile.ProfileStore;
import io.partita.profile.SecretStore;
import io.partita.profile.SecretStores;
import io.partita.sandbox.Sandbox;
import io.partita.sandbox.SandboxException;
import io.partita.sandbox.SandboxOptions;
import io.partita.ui.common.FxDialogService;
import io.partita.ui.main.DefaultClusterConnector;
import io.partita.ui.main.SandboxAwareConnector;
import io.partita.ui.main.ShellServices;
import io.partita.ui.produce.ProduceFeature;
import io.partita.ui.profiles.ProfileServices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the GUI: the one place that creates the services and owns what must be closed on exit
 * (open cluster sessions, the sandbox the user started, the worker threads).
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    static final Duration CONNECT_BOUND = Duration.ofSeconds(15);

    private final ProfileStore profileStore;
    private final SecretStore secretStore;
    private final TaskRunner runner;
    private final FxDialogService dialogs = new FxDialogService();
    private final DefaultClusterConnector connector = new DefaultClusterConnector(CONNECT_BOUND);
    private final AtomicReference<Sandbox> sandbox = new AtomicReference<>();
    private final AtomicBoolean resourcesClosed = new AtomicBoolean();

    private AppContext(Path configDir, TaskRunner runner) {
        this.profileStore = new ProfileStore(configDir);
        // Chosen on first use, on a worker thread: probing the keyring starts a helper process.
        this.secretStore = new AppSecretStore(() -> SecretStores.forThisUser(configDir));
        this.runner = runner;
        ProduceFeature.useStore(new ProduceStore(configDir));
    }

    /** The app as the user runs it: profiles in the OS config dir (or PARTITA_CONFIG_DIR). Call on the FX thread. */
    public static AppContext create() {
        return forConfigDir(ProfileStore.defaultConfigDir());
    }

    /** Same, with profiles kept in {@code configDir} (tests, screenshots). */
    public static AppContext forConfigDir(Path configDir) {
        return new AppContext(configDir, FxTaskRunners.create());
    }

    /** A saved profile, by name (the AOT training run reads from the sandbox's). */
    public Optional<ClusterProfile> savedProfile(String name) {
        return profileStore.find(name);
    }

    public ShellServices services() {
        ProfileServices profiles = new ProfileServices(runner, profileStore, secretStore, ConnectionTester::test);
        return new ShellServices(profiles, dialogs,
                new SandboxAwareConnector(connector, this::startSandbox, profileStore), this::startSandbox);
    }

    public FxDialogService dialogs() {
        return dialogs;
    }

    public TaskRunner runner() {
        return runner;
    }

    /** Runs on a worker thread. A second start while one runs reuses it. */
    private ClusterProfile startSandbox(Consumer<String> progress) throws SandboxException {
        Sandbox running = sandbox.get();
        if (running != null) {
            return running.profile();
        }
        Sandbox started = Sandbox.start(SandboxOptions.defaults(), progress);
        if (!sandbox.compareAndSet(null, started) || resourcesClosed.get()) {
            started.close();
            throw new SandboxException("Partita is closing; the sandbox was stopped again");
        }
        return started.profile();
    }

    /**
     * Closes sessions and the sandbox on a worker thread, then calls {@code onDone} on the UI thread; the window can
     * disappear at once while this runs.
     */
    public void shutdown(Runnable onDone) {
        runner.run(() -> {
            closeResources();
            return null;
        }, ok -> onDone.run(), e -> onDone.run());
    }

    /** Closes whatever {@link #shutdown} has not closed yet, then the worker threads. Idempotent. */
    @Override
    public void close() {
        closeResources();
        runner.close();
    }

    private void closeResources() {
        if (!resourcesClosed.compareAndSet(false, true)) {
            return;
        }
        try {
            connector.closeAll();
        } catch (RuntimeException e) {
            LOG.warn("closing cluster sessions failed", e);
        }
        Sandbox running = sandbox.getAndSet(null);
        if (running != null) {
            try {
                running.close();
            } catch (RuntimeException e) {
                LOG.warn("stopping the sandbox failed", e);
            }
        }
    }
}
