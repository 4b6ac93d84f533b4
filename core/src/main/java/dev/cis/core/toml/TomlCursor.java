package dev.cis.core.toml;

/** A position in the text being parsed, with the small moves every part of the TOML grammar needs. */
final class TomlCursor {

    static final int EOF = -1;

    private final String text;
    private final LineMap lines;
    private int pos;

    TomlCursor(String text) {
        this.text = text;
        this.lines = new LineMap(text);
    }

    int pos() {
        return pos;
    }

    void advance(int n) {
        pos += n;
    }

    boolean eof() {
        return pos >= text.length();
    }

    /** The char at the cursor, or {@link #EOF}. */
    int peek() {
        return pos < text.length() ? text.charAt(pos) : EOF;
    }

    /** The char {@code ahead} places after the cursor, or {@link #EOF}. */
    int peek(int ahead) {
        int i = pos + ahead;
        return i < text.length() ? text.charAt(i) : EOF;
    }

    boolean startsWith(String s) {
        return text.startsWith(s, pos);
    }

    String text() {
        return text;
    }

    int line(int offset) {
        return lines.line(offset);
    }

    int column(int offset) {
        return lines.column(offset);
    }

    SyntaxException error(int offset, String reason) {
        return new SyntaxException(lines.line(offset), lines.column(offset), reason);
    }

    SyntaxException errorHere(String reason) {
        return error(pos, reason);
    }

    /** Skips spaces and tabs. */
    void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t') {
                return;
            }
            pos++;
        }
    }

    /** True at {@code \n} or {@code \r\n}. */
    boolean atNewline() {
        int c = peek();
        return c == '\n' || (c == '\r' && peek(1) == '\n');
    }

    void skipNewline() {
        pos += peek() == '\r' ? 2 : 1;
    }

    /** At {@code #}: skips the comment up to (not including) the end of the line. */
    void skipComment() throws SyntaxException {
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n' || (c == '\r' && peek(1) == '\n')) {
                return;
            }
            if (isControl(c)) {
                throw errorHere(describe(c) + " is not allowed in a comment");
            }
            pos++;
        }
    }

    /** Skips whitespace, newlines and comments (inside arrays). */
    void skipBlank() throws SyntaxException {
        while (true) {
            skipWhitespace();
            if (atNewline()) {
                skipNewline();
            } else if (peek() == '#') {
                skipComment();
            } else {
                return;
            }
        }
    }

    /** After a key/value pair or a header: optional whitespace and comment, then a newline or the end. */
    void endOfLine(String after) throws SyntaxException {
        skipWhitespace();
        if (peek() == '#') {
            skipComment();
        }
        if (eof()) {
            return;
        }
        if (!atNewline()) {
            throw errorHere("expected the end of the line after " + after + ", found " + describe(peek()));
        }
        skipNewline();
    }

    /** Control characters TOML forbids in comments and strings (tab is allowed). */
    static boolean isControl(int c) {
        return (c < 0x20 && c != '\t') || c == 0x7f;
    }

    static boolean isBareKeyChar(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    /** A character for a message: {@code 'x'}, {@code U+0000}, {@code the end of the file}. */
    static String describe(int c) {
        if (c == EOF) {
            return "the end of the file";
        }
        if (c == '\n') {
            return "the end of the line";
        }
        if (c == '\r') {
            return "a carriage return (U+000D) not followed by a line feed";
        }
        if (c < 0x20 || c == 0x7f || Character.isSurrogate((char) c) || Character.isSpaceChar(c) && c != ' ') {
            return String.format("character U+%04X", c);
        }
        return "'" + (char) c + "'";
    }
}
