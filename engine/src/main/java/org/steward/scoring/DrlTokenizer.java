package org.steward.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits DRL source into tokens the way both of its readers do: the DRL parser for rule conditions and
 * the Java compiler for consequences and functions. Comments are dropped, string and character literals
 * kept whole. Where the two readers could disagree about what is code, the source is refused instead of
 * guessed: Unicode escapes ({@code \u0053ystem} is {@code System} to the Java compiler, even inside a
 * comment), text blocks, literals that do not close on their line, unclosed comments, and any character
 * outside ASCII in code (the Java compiler ignores some invisible characters inside identifiers).
 */
final class DrlTokenizer {

    private static final Set<String> TWO_CHAR_SYMBOLS = Set.of(
            "::", "->", "!.", "?.", "==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=", "-=", "*=", "/=", ":=");

    private final String source;
    private final List<DrlToken> tokens = new ArrayList<>();
    private int position;
    private int line = 1;
    private int lineStart;

    private DrlTokenizer(String source) {
        this.source = source;
    }

    /** The tokens of {@code source}; a {@link SandboxViolation} names the line of anything refused. */
    static List<DrlToken> tokenize(String source) {
        DrlTokenizer tokenizer = new DrlTokenizer(source);
        tokenizer.refuseUnicodeEscapes();
        tokenizer.run();
        return tokenizer.tokens;
    }

    private void refuseUnicodeEscapes() {
        int backslashes = 0;
        int escapeLine = 1;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                escapeLine++;
            }
            if (c == 'u' && backslashes % 2 == 1) {
                throw new SandboxViolation(escapeLine, "Unicode escapes (\\u...) are not allowed: write the character itself");
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
        }
    }

    private void run() {
        while (position < source.length()) {
            char c = source.charAt(position);
            if (c == '\n' || c == '\r' && !startsWith("\r\n")) {
                newLine(position + 1);
                position++;
            } else if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
                position++;
            } else if (startsWith("//")) {
                skipLineComment();
            } else if (startsWith("/*")) {
                skipBlockComment();
            } else if (startsWith("\"\"\"")) {
                throw new SandboxViolation(line, "text blocks (\"\"\") are not allowed");
            } else if (c == '"' || c == '\'') {
                readLiteral(c);
            } else if (c == '`') {
                readQuotedIdentifier();
            } else if (c >= 128) {
                throw new SandboxViolation(line, "character U+" + String.format("%04X", (int) c)
                        + " outside strings and comments: rule code must be plain ASCII");
            } else if (Character.isJavaIdentifierStart(c)) {
                readIdentifier();
            } else if (Character.isDigit(c)) {
                readNumber();
            } else if (Character.isISOControl(c)) {
                throw new SandboxViolation(line, "control character U+" + String.format("%04X", (int) c) + " in code");
            } else {
                readSymbol();
            }
        }
    }

    private boolean startsWith(String text) {
        return source.startsWith(text, position);
    }

    private void newLine(int nextLineStart) {
        line++;
        lineStart = nextLineStart;
    }

    private void skipLineComment() {
        while (position < source.length() && source.charAt(position) != '\n' && source.charAt(position) != '\r') {
            position++;
        }
    }

    private void skipBlockComment() {
        int startLine = line;
        int end = source.indexOf("*/", position + 2);
        if (end < 0) {
            throw new SandboxViolation(startLine, "comment not closed (missing */)");
        }
        for (int i = position; i < end; i++) {
            if (source.charAt(i) == '\n') {
                newLine(i + 1);
            }
        }
        position = end + 2;
    }

    private void readLiteral(char quote) {
        int start = position;
        int column = column();
        position++;
        while (position < source.length()) {
            char c = source.charAt(position);
            if (c == '\\') {
                position += 2;
            } else if (c == '\n' || c == '\r') {
                break;
            } else if (c == quote) {
                position++;
                tokens.add(new DrlToken(DrlToken.Kind.STRING, source.substring(start, position), line, column));
                return;
            } else {
                position++;
            }
        }
        throw new SandboxViolation(line, "string not closed on its line");
    }

    private void readQuotedIdentifier() {
        int column = column();
        int end = source.indexOf('`', position + 1);
        String name = end < 0 ? "" : source.substring(position + 1, end);
        if (name.isEmpty() || !name.chars().allMatch(ch -> ch < 128 && Character.isJavaIdentifierPart(ch))) {
            throw new SandboxViolation(line, "back-quoted name not closed or not a plain name");
        }
        tokens.add(new DrlToken(DrlToken.Kind.IDENTIFIER, name, line, column));
        position = end + 1;
    }

    private void readIdentifier() {
        int start = position;
        int column = column();
        while (position < source.length() && source.charAt(position) < 128
                && Character.isJavaIdentifierPart(source.charAt(position))
                && !Character.isIdentifierIgnorable(source.charAt(position))) {
            position++;
        }
        tokens.add(new DrlToken(DrlToken.Kind.IDENTIFIER, source.substring(start, position), line, column));
    }

    private void readNumber() {
        int start = position;
        int column = column();
        while (position < source.length()) {
            char c = source.charAt(position);
            boolean exponentSign = (c == '+' || c == '-') && "eEpP".indexOf(source.charAt(position - 1)) >= 0
                    && !source.substring(start, position).startsWith("0x");
            boolean fraction = c == '.' && position + 1 < source.length() && Character.isDigit(source.charAt(position + 1));
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '_' || fraction || exponentSign)) {
                position++;
            } else {
                break;
            }
        }
        tokens.add(new DrlToken(DrlToken.Kind.NUMBER, source.substring(start, position), line, column));
    }

    private void readSymbol() {
        int column = column();
        String two = position + 1 < source.length() ? source.substring(position, position + 2) : "";
        String symbol = TWO_CHAR_SYMBOLS.contains(two) ? two : String.valueOf(source.charAt(position));
        tokens.add(new DrlToken(DrlToken.Kind.SYMBOL, symbol, line, column));
        position += symbol.length();
    }

    private int column() {
        return position - lineStart + 1;
    }
}
