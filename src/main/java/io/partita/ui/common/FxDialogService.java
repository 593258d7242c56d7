package io.partita.ui.common;

import atlantafx.base.theme.Styles;
import io.partita.ui.profiles.ChangeMasterPasswordView;
import io.partita.ui.profiles.ChangeMasterPasswordViewModel;
import io.partita.ui.profiles.ProfileEditorView;
import io.partita.ui.profiles.ProfileEditorViewModel;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The app's dialogs: modal to the main window, styled like it. Call on the FX thread. */
public final class FxDialogService implements DialogService {

    private Window owner;

    /** The window dialogs are modal to; set once the main window exists. */
    public void setOwner(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, cancel);
        prepare(alert, title);
        DialogPane pane = alert.getDialogPane();
        pane.lookupButton(confirm).setId("confirmButton");
        pane.lookupButton(confirm).getStyleClass().add(Styles.DANGER);
        pane.lookupButton(cancel).setId("cancelButton");
        ((javafx.scene.control.Button) pane.lookupButton(cancel)).setDefaultButton(true);
        ((javafx.scene.control.Button) pane.lookupButton(confirm)).setDefaultButton(false);
        Optional<ButtonType> choice = alert.showAndWait();
        return choice.isPresent() && choice.get() == confirm;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        prepare(alert, title);
        alert.showAndWait();
    }

    @Override
    public void editProfile(ProfileEditorViewModel editor) {
        Stage stage = new Stage();
        stage.setTitle(editor.title() + " — Partita");
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        Scene scene = Styling.fittedScene(new ProfileEditorView(editor, stage::close), 720, 760);
        stage.setScene(scene);
        stage.setMinWidth(560);
        stage.setMinHeight(480);
        editor.savedProperty().addListener((obs, old, saved) -> stage.close());
        stage.setOnHidden(e -> editor.cancel());
        stage.showAndWait();
    }

    @Override
    public Optional<String> askMasterPassword(boolean create, String message, String error) {
        return MasterPasswordDialog.ask(owner, create, message, error);
    }

    @Override
    public void changeMasterPassword(ChangeMasterPasswordViewModel dialog) {
        ChangeMasterPasswordView.show(owner, dialog);
    }

    @Override
    public Optional<String> askSecret(String profileName, String what) {
        return MasterPasswordDialog.askSecret(owner, profileName, what);
    }

    private void prepare(Alert alert, String title) {
        alert.setTitle(title);
        alert.setHeaderText(null);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.getDialogPane().setMinWidth(440);
        Styling.apply(alert.getDialogPane().getScene());
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFileToOpen(String title, String kind, String... patterns) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new javafx.stage.FileChooser.ExtensionFilter(kind, patterns),
                new javafx.stage.FileChooser.ExtensionFilter("All files", "*"));
        java.io.File file = chooser.showOpenDialog(owner);
        return java.util.Optional.ofNullable(file).map(java.io.File::toPath);
    }
}
