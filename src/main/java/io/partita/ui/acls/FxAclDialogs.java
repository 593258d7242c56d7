package io.partita.ui.acls;

import atlantafx.base.theme.Styles;
import io.partita.model.AclOperation;
import io.partita.model.AclPatternType;
import io.partita.model.AclPermission;
import io.partita.model.AclResourceType;
import io.partita.ui.common.Bind;
import io.partita.ui.common.Styling;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The create-ACL dialog on screen: a form bound to an {@link AclEditorViewModel}; it closes once created. */
public final class FxAclDialogs implements AclDialogs {

    private final Supplier<Window> owner;

    public FxAclDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void createAcl(AclEditorViewModel vm) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Create ACL — Partita");
        dialog.setHeaderText("Allow or deny an operation on a resource");
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        Styling.apply(dialog.getDialogPane().getScene());
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form(vm));
        dialog.getDialogPane().setPrefWidth(560);
        Button button = (Button) dialog.getDialogPane().lookupButton(create);
        button.setId("createAclButton");
        button.getStyleClass().add(Styles.ACCENT);
        button.disableProperty().bind(vm.createCommand().executableProperty().not());
        // Create runs in the background: the dialog stays open until the binding exists.
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.createCommand().execute();
        });
        vm.createdProperty().addListener((obs, o, created) -> {
            if (created != null) {
                dialog.setResult(null);
                dialog.close();
            }
        });
        dialog.showAndWait();
    }

    private static VBox form(AclEditorViewModel vm) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        TextField principal = field("aclPrincipal", vm.principalProperty(), "User:alice");
        TextField host = field("aclHost", vm.hostProperty(), "* for any host");
        TextField resource = field("aclResourceName", vm.resourceNameProperty(), "name, prefix, or *");
        grid.addRow(0, new Label("Principal"), principal);
        grid.addRow(1, new Label("Host"), host);
        grid.addRow(2, new Label("Permission"), combo("aclPermission", AclPermission.values(), vm.permissionProperty()));
        grid.addRow(3, new Label("Operation"), combo("aclOperation", AclOperation.values(), vm.operationProperty()));
        grid.addRow(4, new Label("Resource type"),
                combo("aclResourceType", AclResourceType.values(), vm.resourceTypeProperty()));
        grid.addRow(5, new Label("Resource name"), resource);
        grid.addRow(6, new Label("Pattern"), combo("aclPatternType", AclPatternType.values(), vm.patternTypeProperty()));
        Label problem = Bind.fieldError(vm.problemProperty());
        problem.setId("aclProblem");
        Label message = Bind.message(vm.messageProperty(), Styles.TEXT_MUTED);
        message.setId("aclMessage");
        message.setMaxWidth(520);
        VBox box = new VBox(10, grid, problem, message);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(28);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static <T> ComboBox<T> combo(String id, T[] values, ObjectProperty<T> property) {
        ComboBox<T> combo = new ComboBox<>(FXCollections.observableArrayList(values));
        combo.setId(id);
        combo.valueProperty().bindBidirectional(property);
        return combo;
    }
}
