package io.partita.ui.configs;

import atlantafx.base.theme.Styles;
import io.partita.model.ConfigValue;
import io.partita.ui.common.Styling;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The config edit dialog: one value, its current source and Kafka's description, modal to the main window. */
public final class FxConfigDialogs implements ConfigDialogs {

    private final Supplier<Window> owner;

    public FxConfigDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<ConfigEdit> edit(String targetLabel, ConfigValue current, boolean offerClusterWide) {
        Dialog<ConfigEdit> dialog = new Dialog<>();
        dialog.setTitle("Edit " + current.name());
        dialog.setHeaderText(current.name() + " on " + targetLabel);
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        TextField value = current.sensitive() ? new PasswordField() : new TextField(current.value());
        value.setId("configValueField");
        value.setPrefColumnCount(36);
        Label now = new Label("Now: " + current.displayValue() + "  (" + SourceText.of(current.source()) + ")");
        now.getStyleClass().add(Styles.TEXT_MUTED);
        Label doc = new Label(current.documentation() == null ? "" : current.documentation());
        doc.setWrapText(true);
        doc.setMaxWidth(520);
        doc.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        CheckBox clusterWide = new CheckBox("Apply to every broker (cluster-wide dynamic default)");
        clusterWide.setId("clusterWideBox");
        VBox content = new VBox(10, now, value, doc);
        if (offerClusterWide) {
            content.getChildren().add(clusterWide);
        }
        content.setPadding(new Insets(8, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(value.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == save ? new ConfigEdit(value.getText().strip(), clusterWide.isSelected())
                : null);
        Styling.apply(dialog.getDialogPane().getScene());
        dialog.setOnShown(e -> value.requestFocus());
        return dialog.showAndWait();
    }
}
