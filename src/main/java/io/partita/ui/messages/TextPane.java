package io.partita.ui.messages;

import java.util.Collection;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;

/** A read-only monospace text view (RichTextFX) that follows a text property, highlighted when asked to. */
final class TextPane extends StackPane {

    private final CodeArea area = new CodeArea();

    TextPane(String id, ObservableStringValue text, ObservableBooleanValue highlight,
             Function<String, StyleSpans<Collection<String>>> highlighter) {
        area.setId(id);
        area.setEditable(false);
        area.getStyleClass().add("message-text");
        getChildren().add(new VirtualizedScrollPane<>(area));
        Runnable update = () -> show(text.get(), highlight == null || highlight.get() ? highlighter : null);
        text.addListener((obs, old, now) -> update.run());
        if (highlight != null) {
            highlight.addListener((obs, old, now) -> update.run());
        }
        update.run();
    }

    private void show(String text, Function<String, StyleSpans<Collection<String>>> highlighter) {
        String shown = text == null ? "" : text;
        area.replaceText(shown);
        if (highlighter != null && !shown.isEmpty() && shown.length() <= JsonHighlighter.MAX_HIGHLIGHTED) {
            area.setStyleSpans(0, highlighter.apply(shown));
        }
        area.moveTo(0);
        area.requestFollowCaret();
    }

    CodeArea area() {
        return area;
    }
}
