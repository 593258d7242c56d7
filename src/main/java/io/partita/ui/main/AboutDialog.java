package io.partita.ui.main;

import atlantafx.base.theme.Styles;
import io.partita.async.TaskRunner;
import io.partita.ui.common.Styling;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help → About Partita: the versions of Partita, Java, JavaFX, kafka-clients and Avro actually running. */
final class AboutDialog {

    private AboutDialog() {
    }

    /** Reads the versions on a worker, then shows the dialog. */
    static void show(Window owner, TaskRunner runner) {
        runner.run(AppVersions::read, versions -> open(owner, versions), e -> open(owner, List.of()));
    }

    private static void open(Window owner, List<AppVersions.Entry> versions) {
        GridPane grid = new GridPane();
        grid.setId("aboutVersions");
        grid.setHgap(20);
        grid.setVgap(6);
        grid.setPadding(new Insets(8, 4, 8, 4));
        int row = 0;
        for (AppVersions.Entry v : versions) {
            Label name = new Label(v.component());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label value = new Label(v.version());
            value.setWrapText(true);
            value.setMaxWidth(460);
            grid.addRow(row++, name, value);
        }
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("About Partita");
        dialog.setHeaderText("Partita — a desktop Kafka client");
        ImageView logo = new ImageView(Styling.icon("partita-64.png"));
        dialog.setGraphic(logo);
        dialog.getDialogPane().setId("aboutDialog");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }
}
