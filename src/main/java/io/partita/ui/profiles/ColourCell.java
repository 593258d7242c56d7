package io.partita.ui.profiles;

import java.util.Map;
import javafx.scene.control.ListCell;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** A colour tag choice: a dot and its name; "" is "None". */
final class ColourCell extends ListCell<String> {

    private static final Map<String, String> NAMES = Map.of("", "None", "#e5534b", "Red", "#f0883e", "Orange",
            "#d4a72c", "Yellow", "#2da44e", "Green", "#0969da", "Blue", "#8250df", "Purple", "#6e7781", "Grey");

    @Override
    protected void updateItem(String colour, boolean empty) {
        super.updateItem(colour, empty);
        if (empty || colour == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(NAMES.getOrDefault(colour, colour));
        Circle dot = new Circle(6);
        if (colour.isEmpty()) {
            dot.setFill(Color.TRANSPARENT);
            dot.getStyleClass().add("colour-none");
        } else {
            dot.setFill(Color.web(colour));
        }
        setGraphic(dot);
    }
}
