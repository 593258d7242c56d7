package io.partita.filter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Splits a filter expression into tokens; strings in single or double quotes with backslash escapes. */
final class Lexer {

    private final String src;
    private int pos;

    private Lexer(String src) {
        this.src = src;
    }

    static List<Token> tokens(String src) {
        Lexer lexer = new Lexer(src);
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = lexer.next();
            out.add(t);
        } while (t.kind() != Token.Kind.END);
        return out;
    }

    private Token next() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
        int start = pos;
        if (pos >= src.length()) {
            return new Token(Token.Kind.END, "", null, pos);
        }
        char c = src.charAt(pos);
        if (c == '"' || c == '\'') {
            return string(c);
        }
        if (Character.isDigit(c) || c == '-' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1))
                && !previousIsOperand()) {
            return number();
        }
        if (Character.isLetter(c) || c == '_' || c == '$') {
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_'
                    || src.charAt(pos) == '$' || src.charAt(pos) == '-' && identContinues())) {
                pos++;
            }
            return new Token(Token.Kind.IDENT, src.substring(start, pos), null, start);
        }
        pos++;
        switch (c) {
            case '(': return new Token(Token.Kind.LPAREN, "(", null, start);
            case ')': return new Token(Token.Kind.RPAREN, ")", null, start);
            case '[': return new Token(Token.Kind.LBRACKET, "[", null, start);
            case ']': return new Token(Token.Kind.RBRACKET, "]", null, start);
            case '.': return new Token(Token.Kind.DOT, ".", null, start);
            case ',': return new Token(Token.Kind.COMMA, ",", null, start);
            default: break;
        }
        String two = pos < src.length() ? "" + c + src.charAt(pos) : "";
        if (two.equals("&&") || two.equals("||") || two.equals("==") || two.equals("!=") || two.equals("<=")
                || two.equals(">=") || two.equals("=~")) {
            pos++;
            return new Token(Token.Kind.OP, two, null, start);
        }
        if (c == '<' || c == '>' || c == '!') {
            return new Token(Token.Kind.OP, String.valueOf(c), null, start);
        }
        if (c == '=') {
            throw new FilterSyntaxException(src, start, "use == to compare");
        }
        throw new FilterSyntaxException(src, start, "unexpected character '" + c + "'");
    }

    /** Hyphens inside names (header keys such as x-trace-id) but not a minus before a digit after a space. */
    private boolean identContinues() {
        return pos + 1 < src.length() && (Character.isLetter(src.charAt(pos + 1)) || src.charAt(pos + 1) == '_');
    }

    private boolean previousIsOperand() {
        int i = pos - 1;
        while (i >= 0 && Character.isWhitespace(src.charAt(i))) {
            i--;
        }
        return i >= 0 && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == ')' || src.charAt(i) == ']');
    }

    private Token number() {
        int start = pos;
        pos++;
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.'
                || src.charAt(pos) == 'e' || src.charAt(pos) == 'E'
                || (src.charAt(pos) == '-' || src.charAt(pos) == '+')
                && (src.charAt(pos - 1) == 'e' || src.charAt(pos - 1) == 'E'))) {
            pos++;
        }
        String text = src.substring(start, pos);
        try {
            Object value;
            if (text.matches("-?\\d+")) {
                BigDecimal big = new BigDecimal(text);
                value = big.unscaledValue().bitLength() < 63 ? (Object) big.longValueExact() : big;
            } else {
                value = new BigDecimal(text);
            }
            return new Token(Token.Kind.NUMBER, text, value, start);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new FilterSyntaxException(src, start, "'" + text + "' is not a number");
        }
    }

    private Token string(char quote) {
        int start = pos;
        pos++;
        StringBuilder out = new StringBuilder();
        while (pos < src.length() && src.charAt(pos) != quote) {
            char c = src.charAt(pos++);
            if (c == '\\' && pos < src.length()) {
                char e = src.charAt(pos++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        if (pos >= src.length()) {
            throw new FilterSyntaxException(src, start, "string not closed (missing " + quote + ")");
        }
        pos++;
        return new Token(Token.Kind.STRING, src.substring(start, pos), out.toString(), start);
    }
}
