package io.partita.ui.profiles;

import atlantafx.base.theme.Styles;
import io.partita.ui.common.Bind;
import io.partita.ui.common.Styling;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The "Change master password" dialog: binds three password fields, the mismatch and error messages and the Change
 * button to {@link ChangeMasterPasswordViewModel}. Change does not close the dialog; it closes once the view model
 * reports done, so a wrong current password can be corrected in place.
 */
public final class ChangeMasterPasswordView {

    private ChangeMasterPasswordView() {
    }

    /** Shows the dialog modally and returns when it closes. Call on the FX thread. */
    public static void show(Window owner, ChangeMasterPasswordViewModel vm) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Change master password");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType change = new ButtonType("Change", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(change, ButtonType.CANCEL);
        dialog.setResultConverter(button -> null);

        Label intro = new Label("Partita encrypts the saved passwords of your profiles with the master password. "
                + "Enter the current one and choose a new one; everything is re-encrypted with it.");
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        HBox working = new HBox(8, busy, new Label("Re-encrypting…"));
        Bind.shownWhen(working, vm.changeCommand().runningProperty());
        Label error = Bind.message(vm.errorProperty(), Styles.DANGER);
        error.setId("changeMasterPasswordError");
        Label mismatch = Bind.fieldError(vm.mismatchProperty());
        mismatch.setId("changeMasterPasswordMismatch");
        // Labels beside the fields: a prompt alone disappears once something is typed.
        javafx.scene.layout.GridPane fields = new javafx.scene.layout.GridPane();
        fields.setHgap(10);
        fields.setVgap(8);
        fields.addRow(0, new Label("Current"), field("currentMasterPasswordField", "Current master password",
                vm.currentProperty()));
        fields.addRow(1, new Label("New"), field("newMasterPasswordField", "New master password", vm.nextProperty()));
        fields.addRow(2, new Label("Repeat"), field("repeatMasterPasswordField", "Repeat the new password",
                vm.repeatProperty()));
        javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        fields.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), grow);
        VBox box = new VBox(10, intro, fields, mismatch, error, working);
        box.setPrefWidth(440);
        dialog.getDialogPane().setContent(box);

        Button changeButton = (Button) dialog.getDialogPane().lookupButton(change);
        changeButton.setId("changeMasterPasswordOk");
        changeButton.disableProperty().bind(vm.changeCommand().executableProperty().not());
        // The dialog would close on its OK button at once; it waits for the view model instead.
        changeButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.changeCommand().execute();
        });
        vm.doneProperty().addListener((obs, was, done) -> {
            if (done) {
                dialog.close();
            }
        });
        Styling.apply(dialog.getDialogPane().getScene());
        dialog.setOnShown(e -> fields.getChildren().get(1).requestFocus());
        dialog.showAndWait();
    }

    private static PasswordField field(String id, String prompt, StringProperty text) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(text);
        return field;
    }
}
