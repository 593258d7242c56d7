package io.partita.ui.schemas;

import java.util.Collection;
import java.util.List;
import javafx.scene.Node;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** RichTextFX code areas for schema text: line numbers, monospace, highlighting from {@link SchemaHighlighter}. */
final class CodeAreas {

    /** Beyond this many characters highlighting is skipped: a multi-megabyte schema stays responsive. */
    static final int MAX_HIGHLIGHTED = 400_000;

    private CodeAreas() {
    }

    static CodeArea create(String id, boolean editable) {
        CodeArea area = new CodeArea();
        area.setId(id);
        area.setEditable(editable);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add("schema-code");
        return area;
    }

    static Node scrolled(CodeArea area) {
        VirtualizedScrollPane<CodeArea> pane = new VirtualizedScrollPane<>(area);
        pane.getStyleClass().add("schema-code-pane");
        return pane;
    }

    /** Replaces the text (if different) and highlights it. */
    static void show(CodeArea area, String schemaType, String text) {
        String value = text == null ? "" : text;
        if (!area.getText().equals(value)) {
            area.replaceText(value);
            area.moveTo(0);
            area.requestFollowCaret();
        }
        highlight(area, schemaType, -1);
    }

    static void highlight(CodeArea area, String schemaType, int errorOffset) {
        String text = area.getText();
        if (text.isEmpty() || text.length() > MAX_HIGHLIGHTED) {
            return;
        }
        area.setStyleSpans(0, styles(SchemaHighlighter.spans(schemaType, text, errorOffset)));
    }

    private static StyleSpans<Collection<String>> styles(List<SchemaHighlighter.Span> spans) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>(spans.size());
        for (SchemaHighlighter.Span span : spans) {
            builder.add(span.styles(), span.length());
        }
        return builder.create();
    }
}
