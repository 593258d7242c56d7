package io.partita;

import io.partita.kafka.ClusterSession;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.prefs.UiPrefs;
import io.partita.prefs.UiPrefsStore;
import io.partita.profile.ProfileStore;
import io.partita.sandbox.Sandbox;
import io.partita.ui.main.FirstFrame;
import io.partita.ui.main.MainViewModel;
import io.partita.ui.main.MainWindow;
import io.partita.ui.main.UiPrefsKeeper;
import io.partita.ui.messages.TabRehearsal;
import io.partita.ui.messages.TrainingRead;
import java.time.Duration;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The GUI: builds the {@link AppContext}, shows the main window and closes everything on exit.
 * With {@code -Dpartita.exitAfterShow=true} it prints the start-up time and quits as soon as the first frame of the
 * window is up (packaging smoke test, AOT training run); with {@code -Dpartita.rehearseTabs=true} as well it first
 * builds the Messages tab off screen, so the training run loads (and archives) its classes.
 */
public class PartitaApp extends Application {

    public static final String EXIT_AFTER_SHOW = "partita.exitAfterShow";
    /** With {@link #EXIT_AFTER_SHOW}: build the Messages tab off screen before quitting (the AOT cache's training). */
    public static final String REHEARSE_TABS = "partita.rehearseTabs";
    /** With {@link #REHEARSE_TABS}: a topic to read through the Messages tab too ({@link #trainingRead}). */
    public static final String TRAINING_TOPIC = "partita.trainingTopic";
    private static final Logger LOG = LoggerFactory.getLogger(PartitaApp.class);
    /** Past this, quitting stops waiting for sessions and the sandbox to close. */
    private static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(20);

    private AppContext context;
    private UiPrefs initialPrefs = UiPrefs.DEFAULTS;
    private UiPrefsKeeper prefs;
    private boolean quitting;

    /** On the launcher thread, while the toolkit starts: the preferences are read before the FX thread needs them. */
    @Override
    public void init() {
        StartupClock.mark("init");
        initialPrefs = new UiPrefsStore(ProfileStore.defaultConfigDir()).load();
    }

    @Override
    public void start(Stage stage) {
        // Quitting hides the window first and exits once sessions and the sandbox are closed.
        StartupClock.mark("start");
        Platform.setImplicitExit(false);
        context = AppContext.create();
        prefs = new UiPrefsKeeper(new UiPrefsStore(ProfileStore.defaultConfigDir()), context.runner(), initialPrefs);
        MainViewModel vm = MainWindow.install(stage, context.services(), context.dialogs(), prefs);
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit(stage);
        });
        StartupClock.mark("built");
        FirstFrame.whenShown(stage.getScene(), (jvmStart, millis) -> firstFrame(stage, vm, jvmStart, millis));
        stage.show();
        StartupClock.mark("shown");
    }

    /**
     * The first frame has the window's frame, menu and sidebar; the welcome screen or the workspace follows once the
     * profiles are read (on a worker). Both times are logged; with --smoke-exit they are printed and the app quits.
     */
    private void firstFrame(Stage stage, MainViewModel vm, long jvmStart, long millis) {
        StartupClock.mark("frame");
        Runnable contentShown = () -> FirstFrame.whenShown(stage.getScene(), (start, content) -> {
            // CPU time says what the start costs when the machine is busy and wall time says little.
            String phases = StartupClock.report(jvmStart) + "; cpu " + ProcessHandle.current().info()
                    .totalCpuDuration().map(d -> d.toMillis() + " ms").orElse("?");
            LOG.info("first frame {} ms, content {} ms after JVM start ({})", millis, content, phases);
            if (Boolean.getBoolean(EXIT_AFTER_SHOW)) {
                // The smoke test and the AOT training run read this line.
                System.out.println("partita: first frame " + millis + " ms, content " + content
                        + " ms after JVM start (" + phases + ")");
                if (Boolean.getBoolean(REHEARSE_TABS)) {
                    System.out.println("partita: Messages tab built and laid out off screen in "
                            + TabRehearsal.run(context.runner()) + " ms");
                }
                String topic = System.getProperty(TRAINING_TOPIC);
                if (topic != null) {
                    trainingRead(stage, topic);
                } else {
                    // Through the runner: the quit happens after this pulse, once the frame is really up.
                    context.runner().run(() -> null, ok -> quit(stage), e -> quit(stage));
                }
            }
        });
        if (vm.loadedProperty().get()) {
            contentShown.run();
            return;
        }
        vm.loadedProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (now) {
                    obs.removeListener(this);
                    contentShown.run();
                }
            }
        });
    }

    /**
     * The AOT training run's read: {@code topic} from the beginning through a shown Messages view, on the cluster of
     * the saved "Local sandbox" profile (packaging/aot.sh starts that sandbox and fills the topic); then quits.
     */
    private void trainingRead(Stage stage, String topic) {
        context.runner().run(() -> {
            ClusterProfile profile = context.savedProfile(Sandbox.PROFILE_NAME)
                    .orElseThrow(() -> new IllegalStateException("no \"" + Sandbox.PROFILE_NAME + "\" profile"));
            return ClusterSession.open(profile, Credentials.none());
        }, session -> TrainingRead.run(session, topic, context.runner(), status -> {
            // packaging/aot.sh reads this line.
            System.out.println("partita: training read of " + topic + ": " + status);
            context.runner().run(() -> {
                session.close();
                return null;
            }, ok -> quit(stage), e -> quit(stage));
        }), e -> {
            System.out.println("partita: training read failed: " + e.getMessage());
            quit(stage);
        });
    }

    /** Hides the window at once; sessions and the sandbox close in the background, bounded. */
    private void quit(Stage stage) {
        if (quitting) {
            return;
        }
        quitting = true;
        MainWindow.rememberPlacement(stage, prefs);
        stage.hide();
        context.runner().schedule(SHUTDOWN_BOUND, SHUTDOWN_BOUND, () -> null, ok -> Platform.exit(), e -> { });
        context.runner().run(() -> {
            prefs.saveNow();
            return null;
        }, ok -> context.shutdown(Platform::exit), e -> {
            LOG.warn("could not save the UI preferences: {}", e.getMessage());
            context.shutdown(Platform::exit);
        });
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
