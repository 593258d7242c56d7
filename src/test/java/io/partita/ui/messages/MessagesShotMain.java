package io.partita.ui.messages;

import io.partita.async.FxTaskRunners;
import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.kafka.MessageTopics;
import io.partita.model.Credentials;
import io.partita.sandbox.Sandbox;
import io.partita.sandbox.SandboxOptions;
import io.partita.schema.WireFormat;
import io.partita.ui.common.Styling;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Screenshots of the messages tab under Xvfb: starts its own sandbox, adds a topic with undecodable records,
 * then shows demo.orders with the detail pane, a failed row and the hex view, calling ImageMagick's import.
 * Run: xvfb-run -a -s "-screen 0 1600x1000x24" java -cp ... io.partita.ui.messages.MessagesShotMain OUT_DIR
 */
public final class MessagesShotMain {

    private static Sandbox sandbox;
    private static Path out;
    public static void main(String[] args) throws Exception {
        out = Path.of(args.length > 0 ? args[0] : "docs-shots");
        java.nio.file.Files.createDirectories(out);
        sandbox = Sandbox.start(SandboxOptions.defaults(), System.out::println);
        MessageTopics.create(sandbox.bootstrapServers(), "shop.mixed", 1);
        MessageTopics.produce(sandbox.bootstrapServers(), "shop.mixed", List.of(
                text("{\"event\":\"login\",\"user\":42}"), text("plain text line"),
                new MessageTopics.Out(0, null, WireFormat.frame(4242, new byte[] {2, 8, 16, 32}), null),
                new MessageTopics.Out(0, null, new byte[] {(byte) 0xca, (byte) 0xfe, 0, 1, 2}, null),
                text("{\"event\":\"logout\",\"user\":42}")));
        try {
            Application.launch(App.class, args);
        } finally {
            sandbox.close();
        }
    }

    private static MessageTopics.Out text(String s) {
        return new MessageTopics.Out(0, "user-42".getBytes(StandardCharsets.UTF_8),
                s.getBytes(StandardCharsets.UTF_8), null);
    }

    /** The JavaFX side (a separate class: the launcher refuses a main class that extends Application). */
    public static final class App extends Application {
        private MessagesViewModel vm;
        private TableView<MessageRow> table;
        private MessagesView view;

    @Override
        @SuppressWarnings("unchecked")
        public void start(Stage stage) {
            ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none());
            TaskRunner runner = FxTaskRunners.create();
            vm = new MessagesViewModel(runner, MessageSource.of(session), ZoneId.of("Europe/Berlin"), t -> { });
            vm.refreshTopicsCommand().execute();
            view = new MessagesView(vm, ZoneId.of("Europe/Berlin"));
            Scene scene = new Scene(view, 1580, 960);
            Styling.useTheme(false);
            Styling.apply(scene);
            stage.setScene(scene);
            stage.setTitle("Partita — Messages");
            stage.show();
            table = (TableView<MessageRow>) scene.lookup("#messagesTable");
            Thread script = new Thread(this::script, "shots");
            script.setDaemon(true);
            script.start();
        }
    
        @SuppressWarnings("unchecked")
        private void script() {
            try {
                Thread.sleep(3000);
                fx(() -> readFromBeginning("demo.orders"));
                Thread.sleep(4000);
                fx(() -> table.getSelectionModel().select(3));
                Thread.sleep(6000);
                shoot("messages-avro-detail.png");
                fx(() -> ((TabPane) view.lookup("#messageDetail").lookup(".tab-pane")).getSelectionModel().select(2));
                Thread.sleep(3000);
                shoot("messages-hex.png");
                fx(() -> {
                    ((TabPane) view.lookup("#messageDetail").lookup(".tab-pane")).getSelectionModel().select(0);
                    vm.settings().topicProperty().set("shop.mixed");
                    vm.startCommand().execute();
                });
                Thread.sleep(3000);
                fx(() -> table.getSelectionModel().select(2));
                Thread.sleep(6000);
                shoot("messages-failed-row.png");
                fx(() -> {
                    table.getSelectionModel().clearSelection();
                    table.getSelectionModel().selectIndices(0, 4);
                });
                Thread.sleep(6000);
                shoot("messages-diff.png");
                fx(() -> {
                    table.getSelectionModel().clearSelection();
                    vm.settings().topicProperty().set("demo.orders");
                    vm.settings().startProperty().set(BrowseSettings.Start.BEGINNING);
                    vm.settings().filterProperty().set("value.status == \"NEW\" && value.total > 100");
                    vm.startCommand().execute();
                });
                Thread.sleep(6000);
                fx(() -> vm.tools().checkOrder());
                Thread.sleep(4000);
                shoot("messages-search.png");
                // A live tail of a topic that gets a record every 100 ms: the newest row stays in view.
                MessageTopics.create(sandbox.bootstrapServers(), "shop.clicks", 1);
                fx(() -> vm.refreshTopicsCommand().execute());
                Thread.sleep(2000);
                fx(() -> {
                    vm.settings().filterProperty().set("");
                    vm.settings().topicProperty().set("shop.clicks");
                    vm.settings().stopProperty().set(BrowseSettings.Stop.LIVE);
                    vm.startCommand().execute();
                });
                Thread.sleep(2000);
                for (int i = 0; i < 60; i++) {
                    MessageTopics.produce(sandbox.bootstrapServers(), "shop.clicks", List.of(
                            text("{\"event\":\"click\",\"n\":" + i + "}")));
                    Thread.sleep(100);
                }
                Thread.sleep(1500);
                shoot("messages-live-tail.png");
                fx(() -> vm.stop());
                // A profile whose registry URL is wrong: the rows stay undecoded and the banner names the cause.
                fx(() -> {
                    ClusterSession wrong = ClusterSession.open(io.partita.model.ClusterProfile.simple("wrong registry",
                            sandbox.bootstrapServers(), "http://127.0.0.1:1"), Credentials.none());
                    vm = new MessagesViewModel(FxTaskRunners.create(), MessageSource.of(wrong),
                            ZoneId.of("Europe/Berlin"), t -> { });
                    vm.refreshTopicsCommand().execute();
                    view = new MessagesView(vm, ZoneId.of("Europe/Berlin"));
                    table.getScene().setRoot(view);
                });
                Thread.sleep(2000);
                fx(() -> readFromBeginning("demo.orders"));
                Thread.sleep(5000);
                fx(() -> {
                    // Looked up once the new view has been laid out (its split pane makes its children then).
                    table = (TableView<MessageRow>) view.lookup("#messagesTable");
                    table.getSelectionModel().select(1);
                });
                Thread.sleep(3000);
                shoot("messages-registry-down.png");
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }
    
        /** Reads TOPIC from its beginning in the current view (UI thread). */
        private void readFromBeginning(String topic) {
            vm.settings().topicProperty().set(topic);
            vm.settings().startProperty().set(BrowseSettings.Start.BEGINNING);
            vm.startCommand().execute();
        }

        private static void fx(Runnable action) throws InterruptedException {
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    action.run();
                } finally {
                    done.countDown();
                }
            });
            done.await(10, TimeUnit.SECONDS);
        }
    
        private static void shoot(String name) throws Exception {
            new ProcessBuilder("/usr/bin/import", "-window", "root", out.resolve(name).toString()).inheritIO().start()
                    .waitFor(30, TimeUnit.SECONDS);
            System.out.println("shot " + name);
        }
    }
}
