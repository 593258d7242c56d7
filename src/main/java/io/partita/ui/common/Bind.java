package io.partita.ui.common;

import atlantafx.base.theme.Styles;
import io.partita.async.AsyncCommand;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;

/** Small binding helpers shared by the views: buttons to commands, labels that only show when they say something. */
public final class Bind {

    private Bind() {
    }

    public static <B extends ButtonBase> B command(B button, Command command) {
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(e -> command.execute());
        return button;
    }

    public static <B extends ButtonBase> B command(B button, AsyncCommand<?> command) {
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(e -> command.execute());
        return button;
    }

    public static <B extends ButtonBase> B command(B button, SnapshotCommand<?, ?> command) {
        button.disableProperty().bind(command.executableProperty().not());
        button.setOnAction(e -> command.execute());
        return button;
    }

    public static MenuItem command(MenuItem item, Command command) {
        item.disableProperty().bind(command.executableProperty().not());
        item.setOnAction(e -> command.execute());
        return item;
    }

    public static MenuItem command(MenuItem item, AsyncCommand<?> command) {
        item.disableProperty().bind(command.executableProperty().not());
        item.setOnAction(e -> command.execute());
        return item;
    }

    /** Shows and lays out the node only while {@code condition} holds. */
    public static <N extends Node> N shownWhen(N node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(condition::get, condition));
        node.managedProperty().bind(node.visibleProperty());
        return node;
    }

    /** A small spinner shown while {@code busy} is true: the sign that a read or change is under way. */
    public static ProgressIndicator busy(ObservableBooleanValue busy, String id) {
        ProgressIndicator spinner = shownWhen(new ProgressIndicator(), busy);
        spinner.setId(id);
        spinner.setPrefSize(18, 18);
        spinner.setMaxSize(18, 18);
        return spinner;
    }

    /** A wrapping label for a message that is hidden while the message is null or empty. */
    public static Label message(ObservableStringValue text, String... styleClasses) {
        Label label = new Label();
        label.textProperty().bind(Bindings.createStringBinding(() -> text.get() == null ? "" : text.get(), text));
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClasses);
        BooleanBinding hasText = Bindings.createBooleanBinding(
                () -> text.get() != null && !text.get().isEmpty(), text);
        return shownWhen(label, hasText);
    }

    /** A field error: red, small, under its field. */
    public static Label fieldError(ObservableStringValue text) {
        return message(text, Styles.DANGER, Styles.TEXT_SMALL, "field-error");
    }
}
