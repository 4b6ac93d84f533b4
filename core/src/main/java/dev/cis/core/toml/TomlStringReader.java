package dev.cis.core.toml;

/** Reads the four TOML string forms: basic, literal, and their multi-line variants. */
final class TomlStringReader {

    private final TomlCursor in;

    TomlStringReader(TomlCursor in) {
        this.in = in;
    }

    /** At {@code "} or {@code '}: reads any string form. */
    String read() throws SyntaxException {
        if (in.startsWith("\"\"\"")) {
            return multiLineBasic();
        } else if (in.startsWith("'''")) {
            return multiLineLiteral();
        } else if (in.peek() == '"') {
            return basic();
        }
        return literal();
    }

    /** At {@code "}: a single-line basic string. */
    String basic() throws SyntaxException {
        int start = in.pos();
        in.advance(1);
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = in.peek();
            if (c == '"') {
                in.advance(1);
                return sb.toString();
            } else if (c == '\\') {
                escape(sb);
            } else if (c == TomlCursor.EOF || c == '\n' || c == '\r') {
                throw in.error(start, "unterminated string: no closing \" on this line"
                        + " (a string that spans lines is written \"\"\"...\"\"\")");
            } else {
                plain(sb, c);
            }
        }
    }

    /** At {@code '}: a single-line literal string (no escapes). */
    String literal() throws SyntaxException {
        int start = in.pos();
        in.advance(1);
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = in.peek();
            if (c == '\'') {
                in.advance(1);
                return sb.toString();
            } else if (c == TomlCursor.EOF || c == '\n' || c == '\r') {
                throw in.error(start, "unterminated string: no closing ' on this line"
                        + " (a string that spans lines is written '''...''')");
            } else {
                plain(sb, c);
            }
        }
    }

    private String multiLineBasic() throws SyntaxException {
        int start = in.pos();
        in.advance(3);
        if (in.atNewline()) {
            in.skipNewline();
        }
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = in.peek();
            if (c == TomlCursor.EOF) {
                throw in.error(start, "unterminated multi-line string: no closing \"\"\"");
            } else if (c == '"') {
                if (closingQuotes(sb, '"')) {
                    return sb.toString();
                }
            } else if (c == '\\') {
                if (!lineEndingBackslash()) {
                    escape(sb);
                }
            } else if (c == '\n' || c == '\r') {
                newline(sb);
            } else {
                plain(sb, c);
            }
        }
    }

    private String multiLineLiteral() throws SyntaxException {
        int start = in.pos();
        in.advance(3);
        if (in.atNewline()) {
            in.skipNewline();
        }
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = in.peek();
            if (c == TomlCursor.EOF) {
                throw in.error(start, "unterminated multi-line string: no closing '''");
            } else if (c == '\'') {
                if (closingQuotes(sb, '\'')) {
                    return sb.toString();
                }
            } else if (c == '\n' || c == '\r') {
                newline(sb);
            } else {
                plain(sb, c);
            }
        }
    }

    /**
     * At a quote inside a multi-line string: three or more end it (up to two more belong to the
     * content); fewer are content. Returns true when the string ended.
     */
    private boolean closingQuotes(StringBuilder sb, char quote) throws SyntaxException {
        int n = 0;
        while (in.peek(n) == quote) {
            n++;
        }
        if (n < 3) {
            sb.append(String.valueOf(quote).repeat(n));
            in.advance(n);
            return false;
        }
        if (n > 5) {
            throw in.error(in.pos() + 5, "too many quotes: at most two " + quote
                    + " may stand right before the closing delimiter");
        }
        sb.append(String.valueOf(quote).repeat(n - 3));
        in.advance(n);
        return true;
    }

    private void newline(StringBuilder sb) throws SyntaxException {
        if (!in.atNewline()) {
            throw in.errorHere("a carriage return (U+000D) must be followed by a line feed");
        }
        in.skipNewline();
        sb.append('\n');
    }

    /** A {@code \} that is the last non-blank character of a line: skips it and all blanks after. */
    private boolean lineEndingBackslash() {
        int i = 1;
        while (in.peek(i) == ' ' || in.peek(i) == '\t') {
            i++;
        }
        int c = in.peek(i);
        if (c != '\n' && !(c == '\r' && in.peek(i + 1) == '\n')) {
            return false;
        }
        in.advance(i);
        while (true) {
            int d = in.peek();
            if (d == ' ' || d == '\t') {
                in.advance(1);
            } else if (in.atNewline()) {
                in.skipNewline();
            } else {
                return true;
            }
        }
    }

    private void plain(StringBuilder sb, int c) throws SyntaxException {
        if (TomlCursor.isControl(c)) {
            throw in.errorHere(TomlCursor.describe(c) + " is not allowed in a string; in a \"...\" string write it as "
                    + String.format("\\u%04X", c));
        }
        sb.append((char) c);
        in.advance(1);
    }

    private void escape(StringBuilder sb) throws SyntaxException {
        int at = in.pos();
        int e = in.peek(1);
        in.advance(2);
        switch (e) {
            case 'b' -> sb.append('\b');
            case 't' -> sb.append('\t');
            case 'n' -> sb.append('\n');
            case 'f' -> sb.append('\f');
            case 'r' -> sb.append('\r');
            case '"' -> sb.append('"');
            case '\\' -> sb.append('\\');
            case 'u' -> sb.appendCodePoint(unicode(at, 4));
            case 'U' -> sb.appendCodePoint(unicode(at, 8));
            default -> throw in.error(at, "invalid escape " + escapeText(e)
                    + " (valid: \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX; write \\\\ for a backslash)");
        }
    }

    private int unicode(int at, int digits) throws SyntaxException {
        int cp = 0;
        for (int i = 0; i < digits; i++) {
            int d = hexDigit(in.peek());
            if (d < 0) {
                throw in.error(at, "escape \\" + (digits == 4 ? "u" : "U") + " needs exactly " + digits
                        + " hexadecimal digits");
            }
            if (cp > 0x10FFFF) {
                throw in.error(at, "escape is beyond U+10FFFF, the last Unicode code point");
            }
            cp = cp * 16 + d;
            in.advance(1);
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            throw in.error(at, String.format("escape U+%X is not a Unicode scalar value", cp));
        }
        return cp;
    }

    private static int hexDigit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static String escapeText(int c) {
        if (c == TomlCursor.EOF || c == ' ' || c == '\n' || c == '\r' || TomlCursor.isControl(c)) {
            return "(a backslash followed by " + TomlCursor.describe(c) + ")";
        }
        return "\\" + (char) c;
    }
}
