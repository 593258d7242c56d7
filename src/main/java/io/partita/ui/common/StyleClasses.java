package io.partita.ui.common;

import java.util.List;
import javafx.scene.Node;

/** Style-class changes for table cells and rows that are reused for different items. */
public final class StyleClasses {

    private StyleClasses() {
    }

    /**
     * Makes {@code wanted} (or none when null) the only one of {@code family} on the node. Touches the style classes
     * only when they change: every change makes JavaFX resolve the node's CSS again, which is what makes scrolling
     * and filtering large tables slow.
     */
    public static void exclusive(Node node, List<String> family, String wanted) {
        var classes = node.getStyleClass();
        for (String c : family) {
            if (!c.equals(wanted) && classes.contains(c)) {
                classes.remove(c);
            }
        }
        if (wanted != null && !classes.contains(wanted)) {
            classes.add(wanted);
        }
    }
}
