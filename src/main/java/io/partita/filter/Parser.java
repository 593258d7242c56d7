package io.partita.filter;

import io.partita.filter.Token.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Recursive descent over the grammar, lowest precedence first:
 * <pre>
 * or      := and (("||" | "or") and)*
 * and     := unary (("&&" | "and") unary)*
 * unary   := ("!" | "not") unary | test
 * test    := operand [("==" | "!=" | "<" | "<=" | ">" | ">=" | "contains" | "matches" | "=~" | "startsWith"
 *                      | "endsWith") operand | "in" "[" operand ("," operand)* "]"]
 * operand := literal | path | "(" or ")" | name "(" or ")"
 * path    := root ("." name | "[" number | string "]")*
 * </pre>
 */
final class Parser {

    private final String src;
    private final List<Token> tokens;
    private int at;

    Parser(String src) {
        this.src = src;
        this.tokens = Lexer.tokens(src);
    }

    Node parse() {
        if (peek().kind() == Kind.END) {
            throw error(peek(), "the expression is empty");
        }
        Node node = or();
        if (peek().kind() != Kind.END) {
            throw error(peek(), "expected && or || before '" + peek().text() + "'");
        }
        return node;
    }

    private Node or() {
        Node left = and();
        while (peek().isOp("||") || peek().is(Kind.IDENT, "or")) {
            at++;
            left = new Node.Or(left, and());
        }
        return left;
    }

    private Node and() {
        Node left = unary();
        while (peek().isOp("&&") || peek().is(Kind.IDENT, "and")) {
            at++;
            left = new Node.And(left, unary());
        }
        return left;
    }

    private Node unary() {
        if (peek().isOp("!") || peek().is(Kind.IDENT, "not")) {
            at++;
            return new Node.Not(unary());
        }
        return test();
    }

    private Node test() {
        Token leftStart = peek();
        Node left = operand();
        Token op = peek();
        if (op.kind() == Kind.OP && List.of("==", "!=", "<", "<=", ">", ">=").contains(op.text())) {
            at++;
            Token rightStart = peek();
            Node right = operand();
            return new Node.Compare(op.text(), timestampSide(left, right, leftStart),
                    timestampSide(right, left, rightStart));
        }
        if (op.isOp("=~") || op.is(Kind.IDENT, "matches")) {
            at++;
            Token literal = next();
            if (literal.kind() != Kind.STRING) {
                throw error(literal, "matches needs a regular expression in quotes");
            }
            try {
                return new Node.Matches(left, Pattern.compile((String) literal.literal()));
            } catch (PatternSyntaxException e) {
                throw error(literal, "bad regular expression: " + e.getDescription());
            }
        }
        if (op.is(Kind.IDENT, "contains")) {
            at++;
            return new Node.Contains(left, operand());
        }
        if (op.is(Kind.IDENT, "startsWith") || op.is(Kind.IDENT, "endsWith")) {
            at++;
            return new Node.TextTest(op.text(), left, operand());
        }
        if (op.is(Kind.IDENT, "in")) {
            at++;
            expect(Kind.LBRACKET, "'[' after in");
            List<Node> options = new ArrayList<>();
            do {
                options.add(operand());
            } while (accept(Kind.COMMA));
            expect(Kind.RBRACKET, "']' to close the list");
            return new Node.In(left, List.copyOf(options));
        }
        return left;
    }

    private Node operand() {
        Token t = next();
        switch (t.kind()) {
            case STRING:
            case NUMBER:
                return new Node.Literal(t.literal());
            case LPAREN: {
                Node inner = or();
                expect(Kind.RPAREN, "')'");
                return inner;
            }
            case IDENT:
                return identifier(t);
            case END:
                throw error(t, "the expression ends too early");
            default:
                throw error(t, "unexpected '" + t.text() + "'");
        }
    }

    private Node identifier(Token t) {
        switch (t.text()) {
            case "true": return new Node.Literal(Boolean.TRUE);
            case "false": return new Node.Literal(Boolean.FALSE);
            case "null": return new Node.Literal(null);
            default: break;
        }
        if (peek().kind() == Kind.LPAREN) {
            return call(t);
        }
        Path.Root root = Path.Root.named(t.text());
        if (root == null) {
            throw error(t, "unknown name '" + t.text() + "': a path starts with one of " + Path.ROOTS);
        }
        List<Object> steps = new ArrayList<>();
        while (true) {
            if (accept(Kind.DOT)) {
                Token name = next();
                if (name.kind() != Kind.IDENT) {
                    throw error(name, "expected a field name after '.'");
                }
                steps.add(name.text());
            } else if (accept(Kind.LBRACKET)) {
                Token index = next();
                if (index.kind() == Kind.NUMBER && index.literal() instanceof Long n) {
                    steps.add(n);
                } else if (index.kind() == Kind.STRING) {
                    steps.add(index.literal());
                } else {
                    throw error(index, "expected an index or a quoted name inside [ ]");
                }
                expect(Kind.RBRACKET, "']'");
            } else {
                break;
            }
        }
        if (!steps.isEmpty() && root != Path.Root.KEY && root != Path.Root.VALUE && root != Path.Root.HEADERS) {
            throw error(t, "'" + t.text() + "' is a number, it has no fields");
        }
        return new Path(root, steps.toArray());
    }

    private Node call(Token name) {
        expect(Kind.LPAREN, "'('");
        Node arg = or();
        expect(Kind.RPAREN, "')'");
        return switch (name.text()) {
            case "exists" -> {
                if (!(arg instanceof Path)) {
                    throw error(name, "exists(...) takes a path such as value.customer.id");
                }
                yield new Node.Exists(arg);
            }
            case "lower", "upper", "str", "size", "len" -> new Node.Call(name.text(), arg);
            default -> throw error(name, "unknown function '" + name.text()
                    + "' (known: exists, lower, upper, str, size)");
        };
    }

    /** {@code timestamp > "2026-01-01T00:00:00Z"}: the text becomes epoch milliseconds once, here. */
    private Node timestampSide(Node self, Node other, Token selfToken) {
        if (other instanceof Path p && p.root() == Path.Root.TIMESTAMP && p.steps().length == 0
                && self instanceof Node.Literal lit && lit.value() instanceof String text) {
            return new Node.Literal(epochMillis(text, selfToken));
        }
        return self;
    }

    private long epochMillis(String text, Token where) {
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).toEpochMilli();
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                } catch (DateTimeParseException e3) {
                    throw error(where, "'" + text + "' is not a time: use 2026-01-01T00:00:00Z or 2026-01-01");
                }
            }
        }
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token next() {
        Token t = tokens.get(at);
        if (t.kind() != Kind.END) {
            at++;
        }
        return t;
    }

    private boolean accept(Kind kind) {
        if (peek().kind() == kind) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(Kind kind, String what) {
        Token t = peek();
        if (t.kind() != kind) {
            throw error(t, "expected " + what + (t.kind() == Kind.END ? " at the end" : " before '" + t.text() + "'"));
        }
        at++;
    }

    private FilterSyntaxException error(Token t, String reason) {
        return new FilterSyntaxException(src, t.position(), reason);
    }
}
