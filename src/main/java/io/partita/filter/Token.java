package io.partita.filter;

/** One lexical token of a filter expression and where it starts. */
record Token(Kind kind, String text, Object literal, int position) {

    enum Kind { IDENT, STRING, NUMBER, OP, LPAREN, RPAREN, LBRACKET, RBRACKET, DOT, COMMA, END }

    boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }

    boolean isOp(String t) {
        return kind == Kind.OP && text.equals(t);
    }
}
