package io.partita.ui;

import io.partita.AppContext;
import io.partita.model.ClusterProfile;
import io.partita.model.RegistryConfig;
import io.partita.model.SecurityConfig;
import io.partita.model.SecurityProtocol;
import io.partita.profile.ProfileStore;
import io.partita.ui.main.MainViewModel;
import io.partita.ui.main.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Manual check, not a test: runs the real shell under Xvfb and takes screenshots of its states with ImageMagick.
 * {@code -Dtour.out=DIR}, optional {@code -Dtour.broker=127.0.0.1:PORT} of a running broker to show the overview.
 */
public final class ScreenshotTour extends Application {

    private static final Path OUT = Path.of(System.getProperty("tour.out", "docs-shots"));
    private AppContext context;
    private MainViewModel vm;
    private Stage stage;

    public static void main(String[] args) {
        launch(ScreenshotTour.class, args);
    }

    @Override
    public void start(Stage primary) throws Exception {
        stage = primary;
        Path config = Files.createTempDirectory("partita-tour");
        if (Boolean.getBoolean("tour.problems")) {
            Files.writeString(config.resolve(ProfileStore.FILE_NAME), "{\"version\":1,\"profiles\":[{\"name\":");
        }
        context = AppContext.forConfigDir(config);
        vm = MainWindow.install(primary, context.services(), context.dialogs());
        primary.show();
        Thread script = new Thread(() -> {
            try {
                tour(config);
            } catch (Throwable e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }, "tour");
        script.setDaemon(true);
        script.start();
    }

    private void tour(Path config) throws Exception {
        pause(1500);
        if (Boolean.getBoolean("tour.problems")) {
            click("#startSandbox");
            pause(1500);
            shot("00-welcome-problems");
            return;
        }
        shot("01-welcome");
        fx(() -> vm.addCommand().execute(), false);
        pause(800);
        type("#nameField", "Staging");
        type("#bootstrapField", "kafka-1:9092, kafka-2");
        type("#registryUrlField", "ftp://registry");
        pause(400);
        shot("02-editor-validation");
        type("#bootstrapField", "127.0.0.1:" + io.partita.ui.TestSupport.freePort());
        type("#registryUrlField", "");
        click("#testConnectionButton");
        pause(2500);
        shot("03-editor-test-failed");
        click("#saveButton");
        pause(800);
        ProfileStore store = context.services().profiles().store();
        store.save(new ClusterProfile("Production EU", "kafka-1.prod:9093,kafka-2.prod:9093",
                new SecurityConfig(SecurityProtocol.SASL_SSL, "SCRAM-SHA-512", "ops", null, null, null, null, true),
                Map.of(), RegistryConfig.of("https://registry.prod:8081"), true, "#e5534b"));
        String broker = System.getProperty("tour.broker");
        if (broker != null) {
            store.save(new ClusterProfile("Local broker", broker, SecurityConfig.plaintext(),
                    Map.of(), RegistryConfig.none(), false, "#2da44e"));
        }
        // The store was written behind the shell's back: build the shell again, as a restart would.
        fx(() -> vm = MainWindow.install(stage, context.services(), context.dialogs()), true);
        pause(800);
        select("Staging");
        fx(() -> vm.connectCommand().execute(), true);
        pause(1500);
        shot("04-main-connect-failed");
        select("Production EU");
        pause(500);
        shot("05-main-two-profiles");
        fx(() -> vm.editCommand().execute(), false);
        pause(800);
        shot("06-editor-sasl-ssl");
        click("#cancelButton");
        if (broker != null) {
            select("Local broker");
            fx(() -> vm.connectCommand().execute(), true);
            pause(4000);
            shot("07-overview-connected");
            fx(() -> vm.toggleThemeCommand().execute(), true);
            pause(800);
            shot("08-overview-dark");
            CompletableFuture<Void> closed = new CompletableFuture<>();
            long t0 = System.nanoTime();
            fx(() -> context.shutdown(() -> closed.complete(null)), true);
            closed.get(30, TimeUnit.SECONDS);
            System.out.println("shutdown closed the sessions in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
    }

    private void select(String name) throws Exception {
        fx(() -> vm.profiles().stream().filter(p -> p.name().equals(name)).findFirst()
                .ifPresent(p -> vm.selectedProperty().set(p)), true);
    }

    private void type(String id, String text) throws Exception {
        fx(() -> ((TextInputControl) find(id)).setText(text), true);
    }

    private void click(String id) throws Exception {
        fx(() -> ((Button) find(id)).fire(), false);
    }

    private static Node find(String id) {
        for (int i = Window.getWindows().size() - 1; i >= 0; i--) {
            Window w = Window.getWindows().get(i);
            Node n = w.isShowing() && w.getScene() != null ? w.getScene().lookup(id) : null;
            if (n != null) {
                return n;
            }
        }
        throw new IllegalStateException("no " + id);
    }

    /** Runs on the FX thread; waits for it unless the action opens a modal dialog (which blocks until closed). */
    private static void fx(Runnable action, boolean wait) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.complete(null);
            }
        });
        if (wait) {
            done.get(10, TimeUnit.SECONDS);
        }
    }

    private static void shot(String name) throws Exception {
        Files.createDirectories(OUT);
        Process p = new ProcessBuilder("/usr/bin/import", "-window", "root", OUT.resolve(name + ".png").toString())
                .inheritIO().start();
        p.waitFor(20, TimeUnit.SECONDS);
        System.out.println("shot " + name);
    }

    private static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }

    @Override
    public void stop() {
        context.close();
    }

}
