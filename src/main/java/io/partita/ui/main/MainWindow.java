package io.partita.ui.main;

import io.partita.prefs.UiPrefs;
import io.partita.ui.common.FxDialogService;
import io.partita.ui.common.Styling;
import java.time.Clock;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Puts the shell into the primary stage: title, size and place, icon, theme, keyboard shortcuts. */
public final class MainWindow {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private MainWindow() {
    }

    /** Builds the shell on {@code stage} (not yet shown) with default preferences that are not saved. */
    public static MainViewModel install(Stage stage, ShellServices services, FxDialogService dialogs) {
        return install(stage, services, dialogs, null);
    }

    /**
     * Builds the shell on {@code stage} (not yet shown) and starts reading the profiles. With {@code prefs} the
     * theme and the window's place come from them, and a theme switch is saved at once.
     */
    public static MainViewModel install(Stage stage, ShellServices services, FxDialogService dialogs,
                                        UiPrefsKeeper prefs) {
        MainViewModel vm = new MainViewModel(services, Clock.systemDefaultZone());
        if (prefs != null) {
            vm.useMemory(ShellMemory.of(prefs));
        }
        UiPrefs initial = prefs == null ? UiPrefs.DEFAULTS : prefs.prefs();
        vm.darkThemeProperty().set(initial.dark());
        Styling.useTheme(initial.dark());
        vm.darkThemeProperty().addListener((obs, old, dark) -> {
            Styling.useTheme(dark);
            if (prefs != null) {
                prefs.update(p -> p.withDark(dark));
            }
        });
        MainView view = new MainView(vm);
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        Styling.apply(scene);
        Shortcuts.install(scene, view::workspace);
        stage.setScene(scene);
        stage.setTitle("Partita — Kafka client");
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        WindowPlacement.restore(stage, initial.window(), WIDTH, HEIGHT);
        dialogs.setOwner(stage);
        // The profile list and the workspace (or the welcome screen) come after the first frame, not in it; so do the
        // window icons (decoding the six sizes costs ~70 ms of CPU, which the first frame needs on two cores).
        Executor afterFrame = FirstFrame.afterFirstFrame(scene, vm.runner());
        afterFrame.execute(() -> vm.runner().run(Styling::appIcons, icons -> stage.getIcons().setAll(icons),
                e -> org.slf4j.LoggerFactory.getLogger(MainWindow.class).warn("no window icons: {}", e.getMessage())));
        vm.load(afterFrame);
        return vm;
    }

    /** Remembers where the window is; call before hiding it on quit. */
    public static void rememberPlacement(Stage stage, UiPrefsKeeper prefs) {
        prefs.update(p -> p.withWindow(WindowPlacement.capture(stage, p.window())));
    }
}
