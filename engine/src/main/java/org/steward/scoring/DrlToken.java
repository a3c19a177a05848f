package org.steward.scoring;

/** One token of DRL source as the sandbox reads it: an identifier, a literal or a symbol, with its position. */
record DrlToken(Kind kind, String text, int line, int column) {

    enum Kind { IDENTIFIER, STRING, NUMBER, SYMBOL }

    boolean is(String symbolOrWord) {
        return (kind == Kind.SYMBOL || kind == Kind.IDENTIFIER) && text.equals(symbolOrWord);
    }

    boolean isIdentifier() {
        return kind == Kind.IDENTIFIER;
    }
}
