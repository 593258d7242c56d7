package io.partita.ui.topics;

import io.partita.AppContext;
import io.partita.kafka.ClusterSession;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.NewTopic;
import io.partita.sandbox.Sandbox;
import io.partita.sandbox.SandboxOptions;
import io.partita.ui.main.MainViewModel;
import io.partita.ui.main.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Manual check, not a test: the topics and brokers tabs on a real 3-broker sandbox under Xvfb, with screenshots
 * ({@code -Dtour.out=DIR}). Starts its own sandbox so it can stop a broker for the under-replicated view.
 */
public final class TopicsTour extends Application {

    private static final Path OUT = Path.of(System.getProperty("tour.out", "docs-shots"));
    private static final Duration T = Duration.ofSeconds(30);
    private AppContext context;
    private MainViewModel vm;
    private Sandbox sandbox;

    public static void main(String[] args) {
        launch(TopicsTour.class, args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path config = Files.createTempDirectory("partita-topics-tour");
        context = AppContext.forConfigDir(config);
        stage.setWidth(1600);
        stage.setHeight(1000);
        vm = MainWindow.install(stage, context.services(), context.dialogs());
        stage.setWidth(1600);
        stage.setHeight(1000);
        stage.show();
        Thread script = new Thread(() -> {
            try {
                tour(config);
            } catch (Throwable e) {
                e.printStackTrace();
            } finally {
                if (sandbox != null) {
                    sandbox.close();
                }
                Platform.exit();
            }
        }, "tour");
        script.setDaemon(true);
        script.start();
    }

    private void tour(Path config) throws Exception {
        sandbox = Sandbox.start(new SandboxOptions(3, false, false, null, false), System.out::println);
        ClusterProfile profile = ClusterProfile.simple("Local 3 brokers", sandbox.bootstrapServers(), null);
        setUp(profile);
        context.services().profiles().store().save(profile);
        fx(() -> vm = MainWindow.install((Stage) Window.getWindows().get(0), context.services(), context.dialogs()));
        pause(1000);
        fx(() -> vm.selectedProperty().set(vm.profiles().get(0)));
        fx(() -> vm.connectCommand().execute());
        pause(5000);
        selectTab("tab-topics");
        waitFor("topics loaded", () -> !find("#topicsProgress").isVisible()
                && !((javafx.scene.control.Labeled) find("#topicSummary")).getText().startsWith("0 "), 60);
        pause(2500);
        shot("10-topics-list");
        type("#topicFilter", "orders");
        pause(800);
        shot("11-topics-filter");
        type("#topicFilter", "");
        select("orders.eu");
        pause(4000);
        shot("12-topic-detail-partitions");
        fxLater(() -> ((ButtonBase) find("#createTopic")).fire());
        pause(1500);
        type("#newTopicName", "orders_eu");
        fx(() -> ((javafx.scene.control.Spinner<?>) find("#newTopicReplication")).getEditor().setText("5"));
        pause(800);
        shot("13-create-dialog-validation");
        type("#newTopicName", "orders.us");
        fx(() -> ((javafx.scene.control.Spinner<?>) find("#newTopicReplication")).getEditor().setText("3"));
        fx(() -> ((ButtonBase) find("#addConfigRow")).fire());
        pause(300);
        fx(() -> {
            var keys = Window.getWindows().get(Window.getWindows().size() - 1).getScene().getRoot()
                    .lookupAll(".config-key-field").toArray(new Node[0]);
            var values = Window.getWindows().get(Window.getWindows().size() - 1).getScene().getRoot()
                    .lookupAll(".config-value-field").toArray(new Node[0]);
            ((TextInputControl) keys[0]).setText("cleanup.policy");
            ((TextInputControl) values[0]).setText("sometimes");
        });
        fx(() -> ((ButtonBase) find("#validateTopic")).fire());
        pause(3000);
        shot("14-create-dialog-broker-refusal");
        fx(() -> closeTopWindow());
        pause(800);
        selectTab("tab-brokers");
        pause(5000);
        shot("15-brokers");
        type("#configFilter", "log.cleaner.threads");
        pause(500);
        fx(() -> {
            @SuppressWarnings("unchecked")
            var table = (javafx.scene.control.TableView<io.partita.model.ConfigValue>) find("#configTable");
            table.getSelectionModel().select(0);
        });
        fxLater(() -> ((ButtonBase) find("#editConfig")).fire());
        pause(1500);
        type("#configValueField", "2");
        shot("15b-broker-config-edit");
        fx(() -> closeTopWindow());
        selectTab("tab-topics");
        pause(500);
        fxLater(() -> ((ButtonBase) find("#reassign")).fire());
        pause(2500);
        waitFor("brokers listed", () -> !((javafx.scene.layout.Pane) find("#brokerChoices")).getChildren().isEmpty(), 30);
        fx(() -> ((ButtonBase) find("#generatePlan")).fire());
        type("#throttleField", "50");
        pause(800);
        shot("16-reassign-plan");
        fx(() -> ((ButtonBase) find("#closeReassignment")).fire());
        pause(800);
        sandbox.stopBroker(3);
        pause(3000);
        fx(() -> ((ButtonBase) find("#refreshDetail")).fire());
        pause(3000);
        shot("17-topic-detail-under-replicated");
        fx(() -> ((ButtonBase) find("#refreshTopics")).fire());
        pause(4000);
        shot("18-topics-list-under-replicated");
        sandbox.startBroker(3);
    }

    private void setUp(ClusterProfile profile) throws Exception {
        try (ClusterSession s = ClusterSession.open(profile, Credentials.none())) {
            s.topicMutations().create(new NewTopic("orders.eu", 6, (short) 3, Map.of("retention.ms", "86400000")), T);
            s.topicMutations().create(new NewTopic("orders.us.v2", 3, (short) 3, Map.of()), T);
            s.topicMutations().create(new NewTopic("payments", 4, (short) 2, Map.of("cleanup.policy", "compact")), T);
            s.topicMutations().create(new NewTopic("audit-log", 1, (short) 1, Map.of()), T);
            for (int i = 0; i < 40; i++) {
                s.topicMutations().create(new NewTopic(String.format("service-%02d.events", i), 2, (short) 2, Map.of()),
                        T);
            }
        }
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", profile.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 3000; i++) {
                producer.send(new ProducerRecord<>("orders.eu", "customer-" + (i % 97), "{\"order\":" + i
                        + ",\"amount\":" + (i * 7 % 500) + ",\"note\":\"" + "x".repeat(i % 200) + "\"}"));
                producer.send(new ProducerRecord<>("payments", "p" + (i % 13), "payment " + i));
            }
            producer.flush();
        }
    }

    private void selectTab(String id) throws Exception {
        fx(() -> {
            TabPane tabs = (TabPane) find("#workspace");
            tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
    }

    private void select(String topic) throws Exception {
        fx(() -> {
            @SuppressWarnings("unchecked")
            var table = (javafx.scene.control.TableView<io.partita.model.TopicSummary>) find("#topicTable");
            table.getItems().stream().filter(t -> t.name().equals(topic)).findFirst()
                    .ifPresent(t -> table.getSelectionModel().select(t));
        });
    }

    private static void waitFor(String what, Supplier<Boolean> condition, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            CompletableFuture<Boolean> f = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    f.complete(condition.get());
                } catch (RuntimeException e) {
                    f.complete(false);
                }
            });
            if (f.get(10, TimeUnit.SECONDS)) {
                return;
            }
            Thread.sleep(200);
        }
        System.out.println("timed out waiting for " + what);
    }

    private static void closeTopWindow() {
        Window top = Window.getWindows().get(Window.getWindows().size() - 1);
        top.hide();
    }

    private static void type(String id, String text) throws Exception {
        fx(() -> ((TextInputControl) find(id)).setText(text));
    }

    /** For actions that open a modal dialog (they return only when it closes). */
    private static void fxLater(Runnable action) {
        Platform.runLater(action);
    }

    private static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }

    @Override
    public void stop() {
        context.close();
    }

    private static void shot(String name) throws Exception {
        // Under load the software pipeline paints late: let a few pulses pass before the capture.
        pause(2500);
        io.partita.ui.Tours.shot(OUT, name);
    }

    private static javafx.scene.Node find(String id) {
        return io.partita.ui.Tours.find(id);
    }

    private static void fx(Runnable action) throws Exception {
        io.partita.ui.Tours.fx(action);
    }
}
