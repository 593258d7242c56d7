package io.partita;

import io.partita.async.Warmup;
import io.partita.cli.Cli;
import io.partita.profile.ConfigDirs;

/**
 * Entry point of the jar and of the packaged launcher: no arguments start the GUI, any argument runs the CLI.
 * A plain class (not an Application) so the CLI path never loads JavaFX and needs no display.
 * {@code --smoke-exit} alone starts the GUI, prints the start-up time and quits after the first frame: the packaged
 * launcher takes no JVM options from the environment, so the smoke test and the AOT cache's training run use this.
 */
public final class Launcher {

    static final String SMOKE_EXIT = "--smoke-exit";
    /**
     * {@code --smoke-exit} that also builds the Messages tab once before quitting (packaging/aot.sh's training run);
     * {@code --aot-training TOPIC} then also reads TOPIC through it from the "Local sandbox" profile's cluster.
     */
    static final String AOT_TRAINING = "--aot-training";

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupClock.mark("main");
        if (System.getProperty("partita.log.dir") == null) {
            System.setProperty("partita.log.dir", ConfigDirs.forThisUser().resolve("logs").toString());
        }
        boolean training = (args.length == 1 || args.length == 2) && AOT_TRAINING.equals(args[0]);
        if (training || args.length == 1 && SMOKE_EXIT.equals(args[0])) {
            System.setProperty(PartitaApp.EXIT_AFTER_SHOW, "true");
            System.setProperty(PartitaApp.REHEARSE_TABS, Boolean.toString(training));
            if (args.length == 2) {
                System.setProperty(PartitaApp.TRAINING_TOPIC, args[1]);
            }
            args = new String[0];
        }
        if (args.length == 0) {
            warmUpGui();
            javafx.application.Application.launch(PartitaApp.class);
            // Child processes and pools are closed by the app; exit in case a library left a non-daemon thread.
            System.exit(0);
        }
        System.exit(Cli.run(args, System.out, System.err));
    }

    /** In parallel with the toolkit's start: the logger's configuration and the classes of the first window. */
    private static void warmUpGui() {
        ClassLoader loader = Launcher.class.getClassLoader();
        Warmup.start(() -> org.slf4j.LoggerFactory.getLogger(Launcher.class),
                Warmup.loadClasses(loader, "io.partita.AppContext", "io.partita.ui.main.MainView",
                        "io.partita.ui.main.MainViewModel", "io.partita.ui.main.WorkspaceView",
                        "io.partita.ui.main.WelcomeView", "io.partita.ui.main.MainMenu",
                        "io.partita.ui.main.ProfileListCell", "atlantafx.base.theme.PrimerLight",
                        "atlantafx.base.theme.PrimerDark", "org.kordamp.ikonli.javafx.FontIcon",
                        "org.kordamp.ikonli.material2.Material2AL", "org.kordamp.ikonli.material2.Material2MZ",
                        "org.kordamp.ikonli.material2.Material2ALIkonHandler",
                        "org.kordamp.ikonli.material2.Material2MZIkonHandler",
                        "javafx.scene.control.TabPane", "javafx.scene.control.ListView",
                        "javafx.scene.control.MenuBar", "javafx.scene.control.skin.TabPaneSkin",
                        "javafx.scene.control.skin.ListViewSkin", "javafx.scene.control.skin.MenuBarSkin"));
    }
}
