package io.partita.ui.main;

import atlantafx.base.theme.Styles;
import io.partita.ui.common.Bind;
import io.partita.ui.common.Styling;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Shown while there are no profiles: the ways to start. */
public final class WelcomeView extends StackPane {

    public WelcomeView(WelcomeViewModel vm) {
        setId("welcome");
        getStyleClass().add("welcome");
        ImageView logo = new ImageView(Styling.icon("partita-256.png"));
        logo.setFitWidth(88);
        logo.setFitHeight(88);
        Label title = new Label("Welcome to Partita");
        title.getStyleClass().add(Styles.TITLE_1);
        Label subtitle = new Label("Brokers, topics, messages, schemas and consumer groups at a glance.\n"
                + "Try Partita on a local sandbox first, or add a cluster you already run.");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        subtitle.setAlignment(Pos.CENTER);
        subtitle.setStyle("-fx-text-alignment: center;");

        Button sandbox = Bind.command(new Button("Start local sandbox", new FontIcon(Material2MZ.PLAY_ARROW)),
                vm.startSandboxCommand());
        sandbox.setId("startSandbox");
        sandbox.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        Button add = Bind.command(new Button("Add cluster", new FontIcon(Material2AL.ADD)), vm.addClusterCommand());
        add.setId("welcomeAddCluster");
        add.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.LARGE);
        Button importProps = Bind.command(new Button("Import client.properties", new FontIcon(Material2AL.INPUT)),
                vm.importPropertiesCommand());
        importProps.setId("welcomeImport");
        importProps.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.LARGE);
        // A disabled button shows no tooltip: the wrapper carries it.
        Tooltip why = new Tooltip("Import of an existing client.properties (bootstrap, security, registry) is coming"
                + " in the next release.");
        Label importSlot = new Label(null, importProps);
        importSlot.tooltipProperty().bind(Bindings.when(vm.importPropertiesCommand().executableProperty())
                .then((Tooltip) null).otherwise(why));
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {sandbox, add, importProps}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox actions = new HBox(12, sandbox, add, importSlot);
        actions.setAlignment(Pos.CENTER);

        Label sandboxHint = new Label("The sandbox runs one Kafka broker and a schema registry on 127.0.0.1 with demo"
                + " topics. Partita stops it when you quit.");
        sandboxHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        sandboxHint.setWrapText(true);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Bind.shownWhen(spinner, vm.startSandboxCommand().runningProperty());
        Label progress = Bind.message(vm.progressProperty());
        progress.setId("sandboxProgress");
        HBox progressRow = new HBox(8, spinner, progress);
        progressRow.setAlignment(Pos.CENTER);
        Bind.shownWhen(progressRow, Bindings.isNotEmpty(vm.progressProperty()));

        Label error = Bind.message(vm.errorProperty(), Styles.DANGER, "error-banner");
        error.setId("sandboxError");
        Label problem = Bind.message(vm.storeProblemProperty(), "warning-banner");
        problem.setId("storeProblem");
        problem.setGraphic(new FontIcon(Material2MZ.WARNING));

        VBox content = new VBox(16, logo, title, subtitle, actions, sandboxHint, progressRow, error, problem);
        content.setAlignment(Pos.CENTER);
        content.setMaxWidth(820);
        content.setPadding(new Insets(40));
        getChildren().add(content);
    }
}
