package io.partita.ui.common;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The master-password dialog: one field to unlock, two (that must match) to choose a new password. */
final class MasterPasswordDialog {

    private MasterPasswordDialog() {
    }

    static Optional<String> ask(Window owner, boolean create, String message, String error) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(create ? "Choose a master password" : "Unlock saved passwords");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType ok = new ButtonType(create ? "Keep passwords" : "Unlock", ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(create ? "Not now" : "Skip", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        PasswordField first = new PasswordField();
        first.setId("masterPasswordField");
        first.setPromptText("Master password");
        PasswordField again = new PasswordField();
        again.setId("masterPasswordRepeatField");
        again.setPromptText("Repeat it");
        Label text = new Label(message);
        text.setWrapText(true);
        VBox box = new VBox(10, text, first);
        if (create) {
            box.getChildren().add(again);
        }
        if (error != null) {
            Label problem = new Label(error);
            problem.setWrapText(true);
            problem.getStyleClass().add(Styles.DANGER);
            box.getChildren().add(problem);
        }
        box.setPrefWidth(420);
        dialog.getDialogPane().setContent(box);
        BooleanBinding invalid = create
                ? Bindings.createBooleanBinding(() -> first.getText().isEmpty() || !first.getText().equals(again.getText()),
                        first.textProperty(), again.textProperty())
                : first.textProperty().isEmpty();
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(invalid);
        dialog.getDialogPane().lookupButton(ok).setId("masterPasswordOk");
        dialog.setResultConverter(button -> button == ok ? first.getText() : null);
        Styling.apply(dialog.getDialogPane().getScene());
        first.requestFocus();
        return dialog.showAndWait();
    }

    /** One secret of a profile, e.g. its SASL password, asked because the store does not have it. */
    static Optional<String> askSecret(Window owner, String profileName, String what) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle("Password needed");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType ok = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        PasswordField field = new PasswordField();
        field.setId("missingSecretField");
        Label text = new Label("Partita has no " + what + " saved for '" + profileName + "'. Enter it to connect;"
                + " it is saved with the profile's other secrets.");
        text.setWrapText(true);
        VBox box = new VBox(10, text, field);
        box.setPrefWidth(420);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ok ? field.getText() : null);
        Styling.apply(dialog.getDialogPane().getScene());
        field.requestFocus();
        return dialog.showAndWait();
    }
}
