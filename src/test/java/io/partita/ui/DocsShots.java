package io.partita.ui;

import io.partita.AppContext;
import io.partita.ui.main.ConnectionState;
import io.partita.ui.main.MainViewModel;
import io.partita.ui.main.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * The README's screenshots, taken from the real app under Xvfb by {@code src/docs/shoot.sh}: a fresh config dir,
 * "Start local sandbox" on the welcome screen, then every tab of the connected workspace in turn.
 * Not a test. {@code -Dshots.out=DIR} (default src/docs/screenshots).
 */
public final class DocsShots extends Application {

    private static final Path OUT = Path.of(System.getProperty("shots.out", "src/docs/screenshots"));
    private AppContext context;
    private MainViewModel vm;

    public static void main(String[] args) {
        launch(DocsShots.class, args);
    }

    @Override
    public void start(Stage primary) throws Exception {
        context = AppContext.forConfigDir(Files.createTempDirectory("partita-shots"));
        vm = MainWindow.install(primary, context.services(), context.dialogs());
        primary.show();
        // After install and show: the remembered or default window place would win otherwise.
        primary.setX(0);
        primary.setY(0);
        primary.setWidth(1600);
        primary.setHeight(1000);
        Thread script = new Thread(() -> {
            try {
                tour();
            } catch (Throwable e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }, "shots");
        script.setDaemon(true);
        script.start();
    }

    private void tour() throws Exception {
        Thread.sleep(2500);
        shot("welcome");
        fx(() -> ((Button) find("#startSandbox")).fire());
        Tours.waitFor("the sandbox connected", () -> vm.selectedStateProperty().get() == ConnectionState.CONNECTED, 240);
        Thread.sleep(4000);
        shot("overview");
        tab("tab-brokers", 5000, "brokers");
        tab("tab-topics", 6000, null);
        fx(() -> {
            @SuppressWarnings("unchecked")
            var table = (javafx.scene.control.TableView<Object>) find("#topicTable");
            table.getItems().stream().filter(t -> t.toString().contains("demo.orders")).findFirst()
                    .ifPresent(t -> table.getSelectionModel().select(t));
        });
        Thread.sleep(5000);
        shot("topics");
        tab("tab-messages", 3000, null);
        fx(() -> {
            @SuppressWarnings("unchecked")
            ComboBoxBase<String> topic = (ComboBoxBase<String>) find("#topicChoice");
            topic.setValue("demo.orders");
            ((Button) find("#readButton")).fire();
        });
        Thread.sleep(6000);
        fx(() -> ((javafx.scene.control.TableView<?>) find("#messagesTable")).getSelectionModel().select(2));
        Thread.sleep(4000);
        shot("messages");
        tab("tab-produce", 4000, "produce");
        tab("tab-schemas", 6000, "schemas");
        tab("tab-groups", 8000, "groups");
        tab("tab-acls", 5000, "acls");
    }

    private void tab(String id, long settle, String name) throws Exception {
        fx(() -> {
            TabPane tabs = (TabPane) find("#workspace");
            for (Tab t : tabs.getTabs()) {
                if (id.equals(t.getId())) {
                    tabs.getSelectionModel().select(t);
                }
            }
        });
        Thread.sleep(settle);
        if (name != null) {
            shot(name);
        }
    }

    @Override
    public void stop() {
        context.close();
    }

    private static void shot(String name) throws Exception {
        io.partita.ui.Tours.shot(OUT, name);
    }

    private static javafx.scene.Node find(String id) {
        return io.partita.ui.Tours.find(id);
    }

    private static void fx(Runnable action) throws Exception {
        io.partita.ui.Tours.fx(action);
    }
}
