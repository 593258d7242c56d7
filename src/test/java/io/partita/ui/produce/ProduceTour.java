package io.partita.ui.produce;

import io.partita.AppContext;
import io.partita.kafka.ClusterSession;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.NewTopic;
import io.partita.model.ProduceFormat;
import io.partita.ui.main.MainViewModel;
import io.partita.ui.main.MainWindow;
import io.partita.ui.main.WorkspaceContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;

/**
 * Manual check, not a test: the real app under Xvfb against a running sandbox, screenshots of the Produce tab.
 * {@code -Dtour.bootstrap=127.0.0.1:P -Dtour.registry=http://… -Dtour.out=DIR}.
 */
public final class ProduceTour extends Application {

    private static final Path OUT = Path.of(System.getProperty("tour.out", "docs-shots"));
    private AppContext context;
    private MainViewModel vm;
    private Stage stage;

    public static void main(String[] args) {
        launch(ProduceTour.class, args);
    }

    @Override
    public void start(Stage primary) throws Exception {
        stage = primary;
        Path config = Files.createTempDirectory("partita-produce-tour");
        context = AppContext.forConfigDir(config);
        context.services().profiles().store().save(ClusterProfile.simple("Local sandbox",
                System.getProperty("tour.bootstrap"), System.getProperty("tour.registry")));
        vm = MainWindow.install(primary, context.services(), context.dialogs());
        primary.setX(0);
        primary.setY(0);
        primary.setWidth(Double.parseDouble(System.getProperty("tour.width", "1600")));
        primary.setHeight(Double.parseDouble(System.getProperty("tour.height", "1000")));
        primary.show();
        Thread script = new Thread(() -> {
            try {
                tour();
            } catch (Throwable e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }, "tour");
        script.setDaemon(true);
        script.start();
    }

    private void tour() throws Exception {
        Thread.sleep(1500);
        String orders = prepareTopics();
        fx(() -> vm.profiles().stream().findFirst().ifPresent(p -> vm.selectedProperty().set(p)));
        fx(() -> vm.connectCommand().execute());
        Thread.sleep(4000);
        fx(() -> ((TabPane) stage.getScene().lookup("#workspace")).getTabs().stream()
                .filter(t -> "tab-produce".equals(t.getId())).findFirst()
                .ifPresent(t -> ((TabPane) stage.getScene().lookup("#workspace")).getSelectionModel().select(t)));
        Thread.sleep(2500);
        ProduceViewModel produce = produceModel();
        fx(() -> {
            produce.topicProperty().set(orders);
            produce.key().textProperty().set("customer-${randomInt(1,40)}");
            produce.value().formatProperty().set(ProduceFormat.AVRO);
            produce.value().textProperty().set(ORDER);
            produce.addHeaderCommand().execute();
            produce.headers().get(0).keyProperty().set("source");
            produce.headers().get(0).valueProperty().set("partita-produce");
            produce.addHeaderCommand().execute();
            produce.headers().get(1).keyProperty().set("trace-id");
            produce.headers().get(1).valueProperty().set("${uuid}");
            produce.countProperty().set("250");
            produce.rateProperty().set("100");
        });
        Thread.sleep(1500);
        shot("produce-01-avro-value-headers");
        fx(() -> produce.sendCommand().execute());
        fx(() -> System.out.println("after send: sending=" + produce.sendingProperty().get() + " summary="
                + produce.report().summaryProperty().get() + " label="
                + ((javafx.scene.control.Label) stage.getScene().lookup("#reportSummary")).getText()));
        Thread.sleep(1200);
        shot("produce-02-sending-progress");
        awaitDone(produce);
        shot("produce-03-avro-delivered");
        fx(() -> {
            produce.value().textProperty().set(ORDER.replace("\"quantity\": ${randomInt(1,3)}", "\"quantity\": \"two\""));
            produce.sendCommand().execute();
        });
        Thread.sleep(2000);
        shot("produce-04-avro-error-named");
        fx(() -> {
            produce.topicProperty().set("shop.limited");
            produce.value().formatProperty().set(ProduceFormat.JSON);
            produce.value().textProperty().set("{\"order\": ${i}, \"note\": \"${randomString(400,3600)}\"}");
            produce.rateProperty().set("");
            produce.countProperty().set("400");
            produce.sendCommand().execute();
        });
        awaitDone(produce);
        fx(() -> {
            TableView<?> table = (TableView<?>) stage.getScene().lookup("#resultTable");
            for (int i = 0; i < table.getItems().size(); i++) {
                if (!((ResultRow) table.getItems().get(i)).delivered()) {
                    table.getSelectionModel().select(i);
                    table.scrollTo(Math.max(0, i - 3));
                    break;
                }
            }
        });
        Thread.sleep(1500);
        shot("produce-05-report-successes-and-failures");
        fx(() -> ((TitledPane) stage.getScene().lookup("#settingsPane")).setExpanded(true));
        Thread.sleep(1000);
        fx(() -> ((javafx.scene.control.ScrollPane) stage.getScene().lookup("#produceForm")).setVvalue(0.75));
        Thread.sleep(1000);
        shot("produce-06-settings");
        Platform.runLater(() -> produce.effectiveConfigCommand().execute());
        Thread.sleep(2500);
        shot("produce-07-effective-config");
    }

    private static void awaitDone(ProduceViewModel produce) throws Exception {
        Thread.sleep(500);
        long end = System.nanoTime() + 120_000_000_000L;
        while (produce.sendingProperty().get() && System.nanoTime() < end) {
            Thread.sleep(250);
        }
        Thread.sleep(800);
    }

    private ProduceViewModel produceModel() throws Exception {
        CompletableFuture<ProduceViewModel> found = new CompletableFuture<>();
        Platform.runLater(() -> {
            WorkspaceContext ws = vm.selectedProperty().get().workspaceProperty().get();
            found.complete(ProduceFeature.viewModel(ws));
        });
        return found.get(10, TimeUnit.SECONDS);
    }

    private static String prepareTopics() throws Exception {
        ClusterProfile p = ClusterProfile.simple("tour", System.getProperty("tour.bootstrap"),
                System.getProperty("tour.registry"));
        try (ClusterSession s = ClusterSession.open(p, Credentials.none())) {
            Duration t = Duration.ofSeconds(20);
            try {
                s.topicMutations().create(new NewTopic("shop.orders", 6, (short) 1, Map.of()), t);
                s.topicMutations().create(new NewTopic("shop.limited", 3, (short) 1,
                        Map.of("max.message.bytes", "2048")), t);
            } catch (RuntimeException exists) {
                System.out.println("topics: " + exists.getMessage());
            }
            String schema = new String(ProduceTour.class.getResourceAsStream("/io/partita/sandbox/demo-order.avsc")
                    .readAllBytes(), StandardCharsets.UTF_8);
            s.registry().orElseThrow().register("shop.orders-value", schema, "AVRO");
        }
        return "shop.orders";
    }

    private static final String ORDER = """
            {
              "orderId": "${uuid}",
              "customerId": "customer-${randomInt(1,40)}",
              "createdAt": "${now}",
              "status": "${pick(NEW,PAID,SHIPPED)}",
              "total": "${randomDouble(5,250)}",
              "coupon": null,
              "items": [
                {"sku": "${pick(MUG-BLUE,BOOK-1984,LAMP-DESK)}", "quantity": ${randomInt(1,3)}, "unitPrice": 12.90}
              ],
              "shipping": {"street": "Rue Mercière 3", "city": "Lyon", "country": "FR"},
              "attributes": {"channel": "web"}
            }""";

    @Override
    public void stop() {
        context.close();
    }

    /** Launches the tour from a class that is not an Application (classpath JavaFX). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(ProduceTour.class, args);
        }
    }

    private static void shot(String name) throws Exception {
        io.partita.ui.Tours.shot(OUT, name);
    }

    private static void fx(Runnable action) throws Exception {
        io.partita.ui.Tours.fx(action);
    }
}
