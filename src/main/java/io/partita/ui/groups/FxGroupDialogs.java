package io.partita.ui.groups;

import io.partita.ui.common.Styling;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The groups tab's dialogs, modal to the window that holds the tab. Call on the FX thread. */
final class FxGroupDialogs implements GroupDialogs {

    private static final String CSS = "/io/partita/ui/groups/groups.css";

    private final Node anchor;

    /** @param anchor any node of the tab: its window owns the dialogs */
    FxGroupDialogs(Node anchor) {
        this.anchor = anchor;
    }

    private Window owner() {
        return anchor.getScene() == null ? null : anchor.getScene().getWindow();
    }

    @Override
    public void showReset(OffsetResetViewModel reset) {
        Stage stage = new Stage();
        stage.setTitle("Reset offsets of " + reset.groupId() + " — Partita");
        if (owner() != null) {
            stage.initOwner(owner());
        }
        stage.initModality(Modality.WINDOW_MODAL);
        Scene scene = Styling.fittedScene(new OffsetResetView(reset, stage::close), 880, 720);
        scene.getStylesheets().add(stylesheet());
        stage.setScene(scene);
        stage.setOnHidden(e -> reset.cancel());
        stage.showAndWait();
    }

    static String stylesheet() {
        return Objects.requireNonNull(FxGroupDialogs.class.getResource(CSS), CSS).toExternalForm();
    }

    @Override
    public Optional<String> chooseTopic(String title, String message, List<String> topics) {
        if (topics.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(topics.get(0), topics);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(message);
        if (owner() != null) {
            dialog.initOwner(owner());
        }
        Styling.apply(dialog.getDialogPane().getScene());
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT)
                + " files", "*." + extension));
        File file = chooser.showSaveDialog(owner());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
