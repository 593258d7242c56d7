package io.partita.ui.schemas;

import io.partita.AppContext;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.RegistryConfig;
import io.partita.schema.HttpSchemaRegistryClient;
import io.partita.schema.SchemaRegistryClient;
import io.partita.ui.main.MainViewModel;
import io.partita.ui.main.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * Manual check, not a test: the real shell under Xvfb, connected to a running cluster and registry, walked through
 * the schemas tab with screenshots. {@code -Dtour.broker=HOST:PORT -Dtour.registry=URL -Dtour.out=DIR}.
 */
public final class SchemasTour extends Application {

    static final String V1 = "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"shop\",\"doc\":\"An order\","
            + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"amount\",\"type\":\"int\"},"
            + "{\"name\":\"status\",\"type\":{\"type\":\"enum\",\"name\":\"Status\",\"symbols\":[\"NEW\",\"PAID\"]}}]}";
    static final String V2 = "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"shop\",\"doc\":\"An order\","
            + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"amount\",\"type\":\"long\"},"
            + "{\"name\":\"status\",\"type\":{\"type\":\"enum\",\"name\":\"Status\",\"symbols\":[\"NEW\",\"PAID\","
            + "\"SHIPPED\"],\"default\":\"NEW\"}},{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null}]}";
    static final String V3 = "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"shop\",\"doc\":\"An order\","
            + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"amount\",\"type\":\"long\"},"
            + "{\"name\":\"currency\",\"type\":\"string\",\"default\":\"EUR\"},"
            + "{\"name\":\"status\",\"type\":{\"type\":\"enum\",\"name\":\"Status\",\"symbols\":[\"NEW\",\"PAID\","
            + "\"SHIPPED\"],\"default\":\"NEW\"}},{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null},"
            + "{\"name\":\"placedAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"},\"default\":0}]}";

    private static final Path OUT = Path.of(System.getProperty("tour.out", "docs-shots"));
    private AppContext context;
    private MainViewModel vm;

    public static void main(String[] args) {
        launch(SchemasTour.class, args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path config = Files.createTempDirectory("partita-schemas-tour");
        String registry = System.getProperty("tour.registry");
        seed(registry);
        context = AppContext.forConfigDir(config);
        context.services().profiles().store().save(ClusterProfile.simple("Local sandbox",
                System.getProperty("tour.broker"), registry));
        vm = MainWindow.install(stage, context.services(), context.dialogs());
        stage.show();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1600);
        stage.setHeight(1000);
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

    /** Three versions of shop.orders-value, a key subject, a JSON subject; BACKWARD on the orders subject. */
    private static void seed(String url) {
        SchemaRegistryClient registry = HttpSchemaRegistryClient.create(RegistryConfig.of(url), Credentials.none(),
                Duration.ofSeconds(10));
        registry.register("shop.orders-value", V1, "AVRO");
        registry.register("shop.orders-value", V2, "AVRO");
        registry.register("shop.orders-value", V3, "AVRO");
        registry.register("shop.orders-key", "\"string\"", "AVRO");
        registry.register("shop.customers-value", "{\"$schema\":\"http://json-schema.org/draft-07/schema#\","
                + "\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}", "JSON");
        registry.register("shop.legacy-value", "{\"type\":\"record\",\"name\":\"Legacy\",\"fields\":[]}", "AVRO");
        registry.setCompatibilityLevel("shop.orders-value", "BACKWARD");
    }

    private void tour() throws Exception {
        pause(1500);
        fx(() -> vm.selectedProperty().set(vm.profiles().get(0)));
        fx(() -> vm.connectCommand().execute());
        waitFor(() -> vm.selectedStateProperty().get() == io.partita.ui.main.ConnectionState.CONNECTED);
        fx(() -> ((TabPane) find("#workspace")).getSelectionModel().select(
                ((TabPane) find("#workspace")).getTabs().stream().filter(t -> "tab-schemas".equals(t.getId()))
                        .findFirst().orElseThrow()));
        waitFor(() -> !schemas().subjects().isEmpty() && !schemas().refreshCommand().isRunning()
                && !schemas().loadingDetailsProperty().get());
        pause(1000);
        shot("schemas-10-subjects");
        fx(() -> schemas().selectedProperty().set(schemas().subjects().stream()
                .filter(r -> r.subject().equals("shop.orders-value")).findFirst().orElseThrow()));
        waitFor(() -> detail() != null && detail().schemaProperty().get() != null);
        pause(1000);
        shot("schemas-11-version-highlighted");
        fx(() -> detail().diff().fromProperty().set(detail().versions().get(0)));
        fx(() -> detail().sectionProperty().set(SubjectViewModel.Section.COMPARE));
        pause(2500);
        shot("schemas-12-diff");
        fx(() -> detail().sectionProperty().set(SubjectViewModel.Section.NEW_VERSION));
        pause(1000);
        fx(() -> detail().register().textProperty().set(io.partita.schema.SchemaFormat.pretty("AVRO", V3)
                .replace("\"name\": \"currency\",", "\"name\": \"currency\"")));
        pause(1500);
        shot("schemas-13-register-parse-error");
        fx(() -> detail().register().textProperty().set(io.partita.schema.SchemaFormat.pretty("AVRO",
                V3.replace("{\"name\":\"id\",\"type\":\"string\"}",
                        "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"priority\",\"type\":\"int\"}"))));
        pause(500);
        click("#checkCompatibility");
        pause(2500);
        shot("schemas-14-register-incompatible");
    }

    private SchemasViewModel schemas() {
        return ((SchemasView) find("#schemas")).viewModel();
    }

    private SubjectViewModel detail() {
        return schemas().detailProperty().get();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            boolean[] ok = {false};
            fx(() -> ok[0] = condition.getAsBoolean());
            if (ok[0]) {
                return;
            }
            pause(250);
        }
        throw new IllegalStateException("timed out waiting");
    }

    private static void click(String id) throws Exception {
        fx(() -> ((Button) find(id)).fire());
    }

    private static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }

    @Override
    public void stop() {
        context.close();
    }

    private static void shot(String name) throws Exception {
        // Software rendering under Xvfb on a busy machine lags the scene graph: let a few frames pass.
        pause(Long.getLong("tour.settle", 3000));
        io.partita.ui.Tours.shot(OUT, name);
    }

    private static javafx.scene.Node find(String id) {
        return io.partita.ui.Tours.find(id);
    }

    private static void fx(Runnable action) throws Exception {
        io.partita.ui.Tours.fx(action);
    }
}
