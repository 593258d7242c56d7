package io.partita.ui.main;

import io.partita.ui.common.FxDialogService;
import io.partita.ui.common.Styling;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Puts the shell into the primary stage: title, size, icon, theme. */
public final class MainWindow {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private MainWindow() {
    }

    /** Builds the shell on {@code stage} (not yet shown) and starts reading the profiles. */
    public static MainViewModel install(Stage stage, ShellServices services, FxDialogService dialogs) {
        MainViewModel vm = new MainViewModel(services, Clock.systemDefaultZone());
        Styling.useTheme(vm.darkThemeProperty().get());
        vm.darkThemeProperty().addListener((obs, old, dark) -> Styling.useTheme(dark));
        Scene scene = new Scene(new MainView(vm), WIDTH, HEIGHT);
        Styling.apply(scene);
        stage.setScene(scene);
        stage.setTitle("Partita — Kafka client");
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.getIcons().setAll(Styling.appIcons());
        dialogs.setOwner(stage);
        vm.load();
        return vm;
    }
}
