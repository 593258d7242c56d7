package io.partita.ui.topics;

import atlantafx.base.theme.Styles;
import io.partita.ui.common.Styling;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The topics screen's dialogs, modal to the main window and styled like it. Call on the FX thread. */
public final class FxTopicDialogs implements TopicDialogs {

    private final Supplier<Window> owner;

    public FxTopicDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void createTopic(CreateTopicViewModel vm) {
        Dialog<Void> dialog = dialog("Create topic", "Create a topic");
        ButtonType validate = new ButtonType("Validate with broker", ButtonBar.ButtonData.LEFT);
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(validate, create, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new CreateTopicView(vm));
        dialog.getDialogPane().setPrefWidth(720);
        // Messages appear and disappear as the user types: let the window follow the content's height.
        Runnable fit = () -> {
            Window w = dialog.getDialogPane().getScene().getWindow();
            if (w != null && w.isShowing()) {
                w.sizeToScene();
            }
        };
        for (javafx.beans.Observable o : new javafx.beans.Observable[] {vm.nameErrorProperty(),
                vm.nameWarningProperty(), vm.sizeErrorProperty(), vm.configErrorProperty(),
                vm.configWarningProperty(), vm.brokerMessageProperty(), vm.configs()}) {
            o.addListener(x -> fit.run());
        }
        // Validate and Create run in the background; the dialog stays open until the topic exists.
        Button validateButton = command(dialog, validate, "validateTopic", vm.validateCommand());
        Button createButton = command(dialog, create, "createTopicButton", vm.createCommand());
        createButton.getStyleClass().add(Styles.ACCENT);
        validateButton.getStyleClass().add(Styles.BUTTON_OUTLINED);
        vm.createdTopicProperty().addListener((obs, o, created) -> {
            if (created != null) {
                dialog.setResult(null);
                dialog.close();
            }
        });
        dialog.showAndWait();
    }

    private static Button command(Dialog<?> dialog, ButtonType type, String id, io.partita.ui.common.Command command) {
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.setId(id);
        button.disableProperty().bind(command.executableProperty().not());
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            command.execute();
        });
        return button;
    }

    @Override
    public boolean confirmByName(String title, String message, String name, String actionLabel) {
        Dialog<Boolean> dialog = dialog(title, title + " " + name);
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(action, ButtonType.CANCEL);
        TextField typed = new TextField();
        typed.setId("confirmNameField");
        typed.setPromptText(name);
        Label text = wrapped(message);
        Label ask = new Label("Type the topic name to confirm:");
        VBox content = new VBox(10, text, ask, typed);
        content.setPadding(new Insets(6, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        Node button = dialog.getDialogPane().lookupButton(action);
        button.setId("confirmByNameButton");
        button.getStyleClass().add(Styles.DANGER);
        button.disableProperty().bind(typed.textProperty().isNotEqualTo(name));
        ((Button) button).setDefaultButton(false);
        dialog.setResultConverter(b -> b == action && name.equals(typed.getText()));
        dialog.setOnShown(e -> typed.requestFocus());
        return dialog.showAndWait().orElse(false);
    }

    @Override
    public Optional<Integer> askPartitionCount(String topic, int current) {
        Dialog<Integer> dialog = dialog("Add partitions", "Add partitions to " + topic);
        ButtonType add = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        Spinner<Integer> total = new Spinner<>(current + 1, Math.max(current + 1, 100_000), current + 1);
        total.setId("partitionCount");
        total.setEditable(true);
        Label text = wrapped(topic + " has " + current + " partitions. Kafka can add partitions but never remove "
                + "them, and messages with a key may go to a different partition afterwards (ordering per key "
                + "breaks across the change).");
        VBox content = new VBox(10, text, new Label("New total number of partitions:"), total);
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(b -> {
            if (b != add) {
                return null;
            }
            total.increment(0); // commits typed text
            return total.getValue();
        });
        return dialog.showAndWait();
    }

    @Override
    public Optional<Long> askDeleteBefore(String topic, String partitions, long highest) {
        Dialog<Long> dialog = dialog("Delete records", "Delete records of " + topic);
        ButtonType delete = new ButtonType("Delete records", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(delete, ButtonType.CANCEL);
        TextField offset = new TextField(String.valueOf(highest));
        offset.setId("deleteBeforeOffset");
        Label problem = new Label();
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        Label text = wrapped("Records before the offset are deleted for good in " + partitions + ". The offset "
                + "can be at most " + highest + " (the end of the shortest chosen partition; that end empties it).");
        VBox content = new VBox(10, text, new Label("Delete records before offset:"), offset, problem);
        dialog.getDialogPane().setContent(content);
        Node button = dialog.getDialogPane().lookupButton(delete);
        button.getStyleClass().add(Styles.DANGER);
        button.setId("deleteRecordsButton");
        offset.textProperty().addListener((obs, o, t) -> {
            Long parsed = parse(t, highest);
            problem.setText(parsed == null ? "Enter an offset from 0 to " + highest : "");
            button.setDisable(parsed == null);
        });
        dialog.setResultConverter(b -> b == delete ? parse(offset.getText(), highest) : null);
        return dialog.showAndWait();
    }

    private static Long parse(String text, long highest) {
        try {
            long n = Long.parseLong(text.strip());
            return n >= 0 && n <= highest ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public void reassign(ReassignmentViewModel vm) {
        Stage stage = new Stage();
        stage.setTitle("Reassign " + vm.topic() + " — Partita");
        Window window = owner.get();
        if (window != null) {
            stage.initOwner(window);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        Scene scene = Styling.fittedScene(new ReassignmentView(vm, stage::close), 980, 820);
        stage.setScene(scene);
        stage.showAndWait();
    }

    private <T> Dialog<T> dialog(String title, String header) {
        Dialog<T> dialog = new Dialog<>();
        dialog.setTitle(title + " — Partita");
        dialog.setHeaderText(header);
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        Styling.apply(dialog.getDialogPane().getScene());
        io.partita.ui.topics.Columns.style(dialog.getDialogPane());
        dialog.getDialogPane().setMinWidth(480);
        return dialog;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(560);
        return label;
    }
}
