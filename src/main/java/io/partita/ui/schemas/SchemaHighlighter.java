package io.partita.ui.schemas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Style classes for schema text: JSON (Avro, JSON Schema) with keys, strings, numbers, literals and Avro type
 * names told apart; Protobuf with keywords, strings, numbers and comments. Pure: the view turns the spans into
 * RichTextFX styles. One pass, no regex backtracking, so it keeps up with typing in large schemas.
 */
public final class SchemaHighlighter {

    /** A run of {@code length} characters with these style classes (none for plain text). */
    public record Span(List<String> styles, int length) {
    }

    private static final Set<String> AVRO_TYPES = Set.of("null", "boolean", "int", "long", "float", "double",
            "bytes", "string", "record", "enum", "array", "map", "fixed", "error");
    private static final Set<String> PROTO_KEYWORDS = Set.of("syntax", "package", "import", "option", "message",
            "enum", "service", "rpc", "returns", "repeated", "optional", "required", "oneof", "map", "reserved",
            "extend", "extensions", "to", "max", "public", "weak", "stream", "edition");

    private SchemaHighlighter() {
    }

    /**
     * @param errorOffset a character offset to mark as the parse error (the whole token there), or -1
     */
    public static List<Span> spans(String schemaType, String text, int errorOffset) {
        List<Token> tokens = "PROTOBUF".equalsIgnoreCase(schemaType) ? protobuf(text) : json(text);
        List<Span> spans = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            List<String> styles = new ArrayList<>(2);
            if (token.style() != null) {
                styles.add(token.style());
            }
            if (errorOffset >= token.start() && errorOffset < token.end()
                    || errorOffset == text.length() && token.end() == text.length() && token.end() > token.start()) {
                styles.add("parse-error");
            }
            spans.add(new Span(List.copyOf(styles), token.end() - token.start()));
        }
        return spans;
    }

    private record Token(String style, int start, int end) {
    }

    private static List<Token> json(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int end;
            String style;
            if (c == '"') {
                end = stringEnd(text, i, '"');
                style = stringStyle(text, i, end);
            } else if (c == '-' || Character.isDigit(c)) {
                end = run(text, i + 1, ch -> Character.isDigit(ch) || "+-.eE".indexOf(ch) >= 0);
                style = "json-number";
            } else if (Character.isLetter(c)) {
                end = run(text, i + 1, Character::isLetterOrDigit);
                String word = text.substring(i, end);
                style = word.equals("true") || word.equals("false") || word.equals("null") ? "json-literal" : null;
            } else if ("{}[]".indexOf(c) >= 0) {
                end = i + 1;
                style = "json-brace";
            } else {
                end = run(text, i + 1, ch -> ch != '"' && !Character.isLetterOrDigit(ch) && "{}[]-".indexOf(ch) < 0);
                style = null;
            }
            tokens.add(new Token(style, i, end));
            i = end;
        }
        return tokens;
    }

    /** A key when a colon follows; an Avro type name when the value is one; else a plain string. */
    private static String stringStyle(String text, int start, int end) {
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && text.charAt(next) == ':') {
            return "json-key";
        }
        String value = end - start >= 2 ? text.substring(start + 1, end - 1) : "";
        return AVRO_TYPES.contains(value) ? "avro-type" : "json-string";
    }

    private static List<Token> protobuf(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int end;
            String style = null;
            if (text.startsWith("//", i)) {
                end = text.indexOf('\n', i) < 0 ? n : text.indexOf('\n', i);
                style = "code-comment";
            } else if (text.startsWith("/*", i)) {
                end = text.indexOf("*/", i + 2) < 0 ? n : text.indexOf("*/", i + 2) + 2;
                style = "code-comment";
            } else if (c == '"' || c == '\'') {
                end = stringEnd(text, i, c);
                style = "json-string";
            } else if (Character.isDigit(c)) {
                end = run(text, i + 1, ch -> Character.isLetterOrDigit(ch) || ch == '.');
                style = "json-number";
            } else if (Character.isLetter(c) || c == '_') {
                end = run(text, i + 1, ch -> Character.isLetterOrDigit(ch) || ch == '_' || ch == '.');
                String word = text.substring(i, end).toLowerCase(Locale.ROOT);
                style = PROTO_KEYWORDS.contains(word) ? "code-keyword" : AVRO_TYPES.contains(word)
                        || word.matches("(u|s)?int(32|64)|s?fixed(32|64)") ? "avro-type" : null;
            } else {
                end = i + 1;
                style = "{}[]()".indexOf(c) >= 0 ? "json-brace" : null;
            }
            tokens.add(new Token(style, i, end));
            i = end;
        }
        return tokens;
    }

    /** The end (exclusive) of a quoted string starting at {@code start}; an unclosed string runs to the line end. */
    private static int stringEnd(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            if (c == '\n') {
                return i;
            }
            i++;
        }
        return text.length();
    }

    private static int run(String text, int from, java.util.function.IntPredicate part) {
        int i = from;
        while (i < text.length() && part.test(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
