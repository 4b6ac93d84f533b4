package dev.cis.core.session;

/** Plain text from terminal output: what a session printed with the escapes removed. */
public final class TerminalText {

    private TerminalText() {
    }

    /** The plain text of UTF-8 terminal output (see {@link PlainTextBuilder} for the rules). */
    public static String toPlainText(byte[] output) {
        return new PlainTextBuilder().append(output).text();
    }

    /** The plain text of terminal output already decoded to characters. */
    public static String toPlainText(CharSequence output) {
        return new PlainTextBuilder().append(output).text();
    }
}
