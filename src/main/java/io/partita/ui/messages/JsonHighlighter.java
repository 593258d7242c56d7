package io.partita.ui.messages;

import java.util.Collection;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Style spans for pretty JSON (keys, strings, numbers, literals, punctuation) and for diff lines. Regex-based:
 * the text is our own pretty printer's output, so keys are always a string followed by a colon.
 */
final class JsonHighlighter {

    /** Beyond this, text is shown plain: highlighting megabytes costs more than it helps. */
    static final int MAX_HIGHLIGHTED = 1_000_000;

    private static final Pattern TOKENS = Pattern.compile(
            "(?<KEY>\"(?:[^\"\\\\]|\\\\.)*\"(?=\\s*:))"
                    + "|(?<STRING>\"(?:[^\"\\\\]|\\\\.)*\")"
                    + "|(?<NUMBER>-?\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b)"
                    + "|(?<LITERAL>\\b(?:true|false|null)\\b)"
                    + "|(?<PUNCT>[{}\\[\\],:])");
    private static final Pattern DIFF_LINES = Pattern.compile("(?m)^(?<ADDED>\\+ .*)$|^(?<REMOVED>- .*)$");

    private JsonHighlighter() {
    }

    static StyleSpans<Collection<String>> json(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher m = TOKENS.matcher(text);
        int last = 0;
        while (m.find()) {
            String style = m.group("KEY") != null ? "json-key"
                    : m.group("STRING") != null ? "json-string"
                    : m.group("NUMBER") != null ? "json-number"
                    : m.group("LITERAL") != null ? "json-literal" : "json-punct";
            spans.add(Collections.emptyList(), m.start() - last);
            spans.add(Collections.singleton(style), m.end() - m.start());
            last = m.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }

    static StyleSpans<Collection<String>> diff(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher m = DIFF_LINES.matcher(text);
        int last = 0;
        while (m.find()) {
            spans.add(Collections.emptyList(), m.start() - last);
            spans.add(Collections.singleton(m.group("ADDED") != null ? "diff-added" : "diff-removed"),
                    m.end() - m.start());
            last = m.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }
}
