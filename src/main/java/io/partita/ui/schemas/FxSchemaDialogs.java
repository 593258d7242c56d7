package io.partita.ui.schemas;

import atlantafx.base.theme.Styles;
import io.partita.ui.common.Styling;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File choosers and the two small dialogs of the schemas tab, modal to the app window. Call on the FX thread. */
final class FxSchemaDialogs implements SchemaDialogs {

    private final Supplier<Window> owner;
    private File lastDirectory;

    FxSchemaDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseSchemaFile() {
        FileChooser chooser = chooser("Import a schema");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Schemas (*.avsc, *.json, *.proto)", "*.avsc", "*.json", "*.proto"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseExportFile(String suggestedName) {
        FileChooser chooser = chooser("Export the schema");
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file != null) {
            lastDirectory = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public boolean confirmTyped(String title, String message, String expected) {
        Dialog<ButtonType> dialog = dialog(title);
        ButtonType confirm = new ButtonType("Delete permanently", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(confirm, ButtonType.CANCEL);
        Label text = new Label(message);
        text.setWrapText(true);
        TextField typed = new TextField();
        typed.setId("typedConfirmation");
        typed.setPromptText(expected);
        dialog.getDialogPane().setContent(new VBox(10, text, typed));
        var button = dialog.getDialogPane().lookupButton(confirm);
        button.setId("confirmTypedButton");
        button.getStyleClass().add(Styles.DANGER);
        button.disableProperty().bind(typed.textProperty().isNotEqualTo(expected));
        typed.requestFocus();
        return dialog.showAndWait().filter(confirm::equals).isPresent() && expected.equals(typed.getText());
    }

    @Override
    public Optional<String> askSubjectName(List<String> suggestions) {
        Dialog<ButtonType> dialog = dialog("New subject");
        ButtonType create = new ButtonType("Continue", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        ComboBox<String> name = new ComboBox<>();
        name.setId("newSubjectName");
        name.setEditable(true);
        name.getItems().setAll(suggestions);
        name.setPromptText("<topic>-value or <topic>-key");
        name.setMaxWidth(Double.MAX_VALUE);
        Label hint = new Label("Under the default TopicNameStrategy a topic's value schema lives in <topic>-value "
                + "and its key schema in <topic>-key.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        dialog.getDialogPane().setContent(new VBox(10, name, hint));
        dialog.getDialogPane().lookupButton(create).disableProperty()
                .bind(name.getEditor().textProperty().isEmpty());
        return dialog.showAndWait().filter(create::equals).map(b -> name.getEditor().getText().strip())
                .filter(s -> !s.isEmpty());
    }

    private Dialog<ButtonType> dialog(String title) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        if (owner.get() != null) {
            dialog.initOwner(owner.get());
        }
        dialog.getDialogPane().setPrefWidth(520);
        Styling.apply(dialog.getDialogPane().getScene());
        return dialog;
    }
}
