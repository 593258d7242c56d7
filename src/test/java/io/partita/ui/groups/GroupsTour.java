package io.partita.ui.groups;

import io.partita.AppContext;
import io.partita.model.ClusterProfile;
import io.partita.model.RegistryConfig;
import io.partita.model.SecurityConfig;
import io.partita.model.SeriesDetail;
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
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Manual check, not a test: the real shell under Xvfb, connected to {@code -Dtour.broker}, walking the consumer
 * groups tab and taking screenshots into {@code -Dtour.out}. {@code -Dtour.chartGroups=a,b} are charted,
 * {@code -Dtour.partitionsOf=a} per partition, {@code -Dtour.chartSeconds=N} of sampling before the chart shot.
 */
public final class GroupsTour extends Application {

    private static final Path OUT = Path.of(System.getProperty("tour.out", "docs-shots"));
    private AppContext context;
    private MainViewModel vm;

    public static void main(String[] args) {
        launch(GroupsTour.class, args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path config = Files.createTempDirectory("partita-groups-tour");
        new ProfileStore(config).save(new ClusterProfile("Local sandbox", System.getProperty("tour.broker"),
                SecurityConfig.plaintext(), Map.of(), RegistryConfig.none(), false, "#2da44e"));
        context = AppContext.forConfigDir(config);
        vm = MainWindow.install(stage, context.services(), context.dialogs());
        stage.setWidth(Double.parseDouble(System.getProperty("tour.width", "1500")));
        stage.setHeight(Double.parseDouble(System.getProperty("tour.height", "940")));
        stage.show();
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
        pause(1500);
        fx(() -> vm.selectedProperty().set(vm.profiles().get(0)));
        fx(() -> vm.connectCommand().execute());
        waitFor(() -> vm.selectedStateProperty().get() == io.partita.ui.main.ConnectionState.CONNECTED);
        fx(() -> {
            TabPane workspace = (TabPane) find("#workspace");
            workspace.getTabs().stream().filter(t -> "tab-consumer-groups".equals(t.getId())).findFirst()
                    .ifPresent(t -> workspace.getSelectionModel().select(t));
        });
        waitFor(() -> {
            GroupsView v = (GroupsView) find("#groupsView");
            return !v.viewModel().groups().isEmpty() && !v.viewModel().loadingProperty().get();
        });
        String detailGroup = System.getProperty("tour.detail", "demo.consumers");
        fx(() -> {
            @SuppressWarnings("unchecked")
            TableView<io.partita.model.GroupSummary> table = (TableView<io.partita.model.GroupSummary>) find("#groupTable");
            table.getItems().stream().filter(g -> g.groupId().equals(detailGroup)).findFirst()
                    .ifPresent(g -> table.getSelectionModel().select(g));
        });
        pause(2500);
        shot("groups-list-detail");
        String resetGroup = System.getProperty("tour.resetGroup");
        if (resetGroup != null) {
            resetDryRun(resetGroup);
        }
        String groups = System.getProperty("tour.chartGroups", "");
        if (groups.isEmpty()) {
            return;
        }
        GroupsView view = (GroupsView) find("#groupsView");
        GroupsViewModel groupsVm = view.viewModel();
        fx(() -> {
            for (String g : groups.split(",")) {
                groupsVm.chart().add(g);
            }
            String fine = System.getProperty("tour.partitionsOf");
            if (fine != null) {
                groupsVm.chart().setDetail(fine, SeriesDetail.PARTITIONS);
            }
            groupsVm.pageProperty().set(GroupsViewModel.Page.CHART);
        });
        pause(Long.getLong("tour.chartSeconds", 60) * 1000);
        fx(() -> System.out.println("chart draws " + view.chart().draws() + ", last " + view.chart().lastDrawNanos()
                / 1000 + " µs, max " + view.chart().maxDrawNanos() / 1000 + " µs"));
        shot("live-lag-chart");
    }

    /** Opens the reset dialog for {@code group} (modal: not waited for), runs a dry run to earliest, shoots. */
    private void resetDryRun(String group) throws Exception {
        fx(() -> {
            @SuppressWarnings("unchecked")
            TableView<io.partita.model.GroupSummary> table = (TableView<io.partita.model.GroupSummary>) find("#groupTable");
            table.getItems().stream().filter(g -> g.groupId().equals(group)).findFirst()
                    .ifPresent(g -> table.getSelectionModel().select(g));
        });
        waitFor(() -> !((TableView<?>) find("#partitionTable")).getItems().isEmpty());
        Platform.runLater(() -> ((javafx.scene.control.Button) find("#resetOffsets")).fire());
        waitFor(() -> {
            try {
                return find("#resetPreview") != null;
            } catch (IllegalStateException e) {
                return false;
            }
        });
        fx(() -> ((javafx.scene.control.Button) find("#resetPreview")).fire());
        waitFor(() -> !((TableView<?>) find("#planTable")).getItems().isEmpty());
        pause(800);
        shot("offset-reset-dry-run");
        fx(() -> ((javafx.scene.control.Button) find("#resetClose")).fire());
        pause(500);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < end) {
            CompletableFuture<Boolean> ok = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    ok.complete(condition.getAsBoolean());
                } catch (RuntimeException e) {
                    ok.complete(false);
                }
            });
            if (ok.get(10, TimeUnit.SECONDS)) {
                return;
            }
            pause(250);
        }
        throw new IllegalStateException("condition not met in 60 s");
    }

    private static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
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
