package io.partita.ui.messages;

import io.partita.async.TaskRunner;
import java.util.Collection;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledDocument;

/**
 * A read-only monospace text view (RichTextFX) that follows a text property, highlighted when asked to.
 *
 * <p>Two things keep a large text from stalling the UI thread. Lines longer than {@value #FOLD} characters are shown
 * folded into rows of that length: the area lays out every character of a line it shows, so a 20 MB value on one line
 * (text, a minified document) took it 2 s per layout; folded, it lays out a screenful. And a text of more than
 * {@value #PREPARED_ELSEWHERE} characters is made into the area's document (and its highlighting) on a worker; the
 * UI thread only swaps it in (20 MB: 0.1–0.2 s instead of 0.6–0.9 s, or 2.4–2.6 s on one line). The fold is the
 * view's only: copying goes through the view model, which has the text as it is.
 */
final class TextPane extends StackPane {

    /** Characters shown per row at most. */
    static final int FOLD = 2_000;
    /** Longer texts are prepared on a worker. */
    static final int PREPARED_ELSEWHERE = 256 * 1024;

    private final CodeArea area = new CodeArea();
    private final TaskRunner runner;
    /** Counts the texts asked for: a text prepared on a worker is shown only if no later one was asked for since. */
    private long asked;

    TextPane(String id, ObservableStringValue text, ObservableBooleanValue highlight,
             Function<String, StyleSpans<Collection<String>>> highlighter, TaskRunner runner) {
        this.runner = runner;
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

    /** What the area is to hold: the folded text, its document when made on a worker, its highlighting if any. */
    private record Prepared(String text, StyledDocument<Collection<String>, String, Collection<String>> document,
                            StyleSpans<Collection<String>> spans) {
    }

    private void show(String text, Function<String, StyleSpans<Collection<String>>> highlighter) {
        long mine = ++asked;
        String shown = text == null ? "" : text;
        if (shown.length() <= PREPARED_ELSEWHERE) {
            apply(prepare(shown, highlighter));
            return;
        }
        // Read here, on the UI thread; the worker only builds from them.
        Collection<String> paragraphStyle = area.getInitialParagraphStyle();
        Collection<String> textStyle = area.getInitialTextStyle();
        var segments = area.getSegOps();
        runner.run(() -> {
            Prepared prepared = prepare(shown, highlighter);
            return new Prepared(prepared.text(), ReadOnlyStyledDocument.fromString(prepared.text(), paragraphStyle,
                    textStyle, segments), prepared.spans());
        }, prepared -> {
            if (mine == asked) {
                apply(prepared);
            }
        }, e -> {
            if (mine == asked) {
                area.replaceText("Could not show this text: " + MessagesViewModel.message(e));
            }
        });
    }

    private static Prepared prepare(String text, Function<String, StyleSpans<Collection<String>>> highlighter) {
        String folded = fold(text, FOLD);
        StyleSpans<Collection<String>> spans = highlighter != null && !folded.isEmpty()
                && folded.length() <= JsonHighlighter.MAX_HIGHLIGHTED ? highlighter.apply(folded) : null;
        return new Prepared(folded, null, spans);
    }

    private void apply(Prepared prepared) {
        if (prepared.document() != null) {
            area.replace(0, area.getLength(), prepared.document());
        } else {
            area.replaceText(prepared.text());
        }
        if (prepared.spans() != null) {
            area.setStyleSpans(0, prepared.spans());
        }
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** {@code text} with a line break after every {@code width} characters of a line; the same text when none is. */
    static String fold(String text, int width) {
        int length = text.length();
        int lineStart = 0;
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
            } else if (i - lineStart == width) {
                if (out == null) {
                    out = new StringBuilder(length + length / width + 16);
                }
                // Never between the two halves of a character outside the BMP.
                int at = Character.isLowSurrogate(c) ? i - 1 : i;
                out.append(text, copied, at).append('\n');
                copied = at;
                lineStart = at;
            }
        }
        return out == null ? text : out.append(text, copied, length).toString();
    }

    CodeArea area() {
        return area;
    }
}
