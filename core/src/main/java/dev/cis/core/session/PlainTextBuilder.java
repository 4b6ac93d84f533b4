package dev.cis.core.session;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns terminal output into plain text as it arrives: escape sequences (CSI, OSC, DCS, charset
 * selection, ...) are removed, {@code \r} returns to the start of the line so that a redrawn spinner
 * leaves only its last state, {@code \b} and horizontal cursor moves ({@code CSI C/D/G}) move within
 * the line, and erase-in-line ({@code CSI K}) erases. Vertical cursor movement is ignored: full-screen
 * programs come out as the text they drew, in the order they drew it.
 *
 * <p>Bytes may be appended in arbitrary chunks: UTF-8 sequences and escape sequences split across
 * chunks are handled. Not thread-safe.
 */
public final class PlainTextBuilder {

    private enum State { TEXT, ESC, ESC_INTERMEDIATE, CSI, OSC, OSC_ESC, STRING, STRING_ESC }

    private static final char ESC = 0x1b;
    private static final char BEL = 0x07;

    private final int maxChars;
    private final StringBuilder committed = new StringBuilder();
    private final StringBuilder line = new StringBuilder();
    private final StringBuilder params = new StringBuilder();
    private byte[] carry = new byte[0];
    private int cursor;
    private State state = State.TEXT;

    /** Keeps all the text. */
    public PlainTextBuilder() {
        this(Integer.MAX_VALUE);
    }

    /**
     * Keeps about the last {@code maxChars} characters (between one and two times that many) of the
     * finished lines and of the current line, so memory stays bounded whatever the output.
     */
    public PlainTextBuilder(int maxChars) {
        this.maxChars = maxChars;
    }

    public PlainTextBuilder append(byte[] data) {
        return append(data, 0, data.length);
    }

    public PlainTextBuilder append(byte[] data, int offset, int length) {
        byte[] bytes = data;
        int off = offset;
        int len = length;
        if (carry.length > 0) {
            bytes = Arrays.copyOf(carry, carry.length + length);
            System.arraycopy(data, offset, bytes, carry.length, length);
            off = 0;
            len = bytes.length;
        }
        int complete = Utf8Boundary.completePrefix(bytes, off, len);
        carry = Arrays.copyOfRange(bytes, off + complete, off + len);
        return append(new String(bytes, off, complete, StandardCharsets.UTF_8));
    }

    public PlainTextBuilder append(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            accept(text.charAt(i));
        }
        trim();
        return this;
    }

    /**
     * The text so far: finished lines (without trailing spaces) joined by {@code \n}, then the current
     * line as it stands, so that a prompt such as {@code "> "} keeps its space.
     */
    public String text() {
        return committed + line.toString();
    }

    /** The line the cursor is on, as it stands. */
    public String currentLine() {
        return line.toString();
    }

    private void accept(char c) {
        switch (state) {
            case TEXT -> text(c);
            case ESC -> escape(c);
            case ESC_INTERMEDIATE -> state = State.TEXT;
            case CSI -> csi(c);
            case OSC -> {
                if (c == BEL) {
                    state = State.TEXT;
                } else if (c == ESC) {
                    state = State.OSC_ESC;
                }
            }
            case STRING -> {
                if (c == ESC) {
                    state = State.STRING_ESC;
                } else if (c == BEL) {
                    state = State.TEXT;
                }
            }
            case OSC_ESC, STRING_ESC -> state = State.TEXT;
            default -> throw new IllegalStateException(state.name());
        }
    }

    private void text(char c) {
        switch (c) {
            case ESC -> state = State.ESC;
            case '\n' -> newline();
            case '\r' -> cursor = 0;
            case '\b' -> cursor = Math.max(0, cursor - 1);
            case '\t' -> put('\t');
            case '\u009b' -> startCsi();
            case '\u009d' -> state = State.OSC;
            case '\u0090', '\u0098', '\u009e', '\u009f' -> state = State.STRING;
            default -> {
                if (c >= 0x20 && c != 0x7f && (c < 0x80 || c > 0x9f)) {
                    put(c);
                }
            }
        }
    }

    private void escape(char c) {
        switch (c) {
            case '[' -> startCsi();
            case ']' -> state = State.OSC;
            case 'P', 'X', '^', '_' -> state = State.STRING;
            case '(', ')', '*', '+', '-', '.', '/', '#', '%', ' ' -> state = State.ESC_INTERMEDIATE;
            case ESC -> state = State.ESC;
            default -> state = State.TEXT;
        }
    }

    private void startCsi() {
        params.setLength(0);
        state = State.CSI;
    }

    private void csi(char c) {
        if (c >= 0x20 && c <= 0x3f) {
            if (params.length() < 64) {
                params.append(c);
            }
        } else if (c >= 0x40 && c <= 0x7e) {
            state = State.TEXT;
            applyCsi(c);
        } else if (c == ESC) {
            state = State.ESC;
        } else if (c == 0x18 || c == 0x1a) {
            state = State.TEXT;
        }
    }

    private void applyCsi(char command) {
        if (params.length() > 0 && !Character.isDigit(params.charAt(0)) && params.charAt(0) != ';') {
            return; // private sequences (CSI ? ... h) change modes only
        }
        int n = firstParam();
        switch (command) {
            case 'K' -> eraseInLine(n);
            case 'C' -> cursor += Math.max(1, n);
            case 'D' -> cursor = Math.max(0, cursor - Math.max(1, n));
            case 'G' -> cursor = Math.max(0, n - 1);
            default -> {
                // colours, vertical moves, scrolling, modes: no effect on the text
            }
        }
    }

    private int firstParam() {
        int value = 0;
        for (int i = 0; i < params.length(); i++) {
            char p = params.charAt(i);
            if (!Character.isDigit(p)) {
                break;
            }
            value = Math.min(100_000, value * 10 + (p - '0'));
        }
        return value;
    }

    private void eraseInLine(int mode) {
        if (mode == 0) {
            if (cursor < line.length()) {
                line.setLength(cursor);
            }
        } else if (mode == 1) {
            for (int i = 0; i <= cursor && i < line.length(); i++) {
                line.setCharAt(i, ' ');
            }
        } else if (mode == 2) {
            line.setLength(0);
        }
    }

    private void put(char c) {
        if (cursor < line.length()) {
            line.setCharAt(cursor, c);
        } else {
            while (line.length() < cursor) {
                line.append(' ');
            }
            line.append(c);
        }
        cursor++;
    }

    private void newline() {
        committed.append(rstrip(line)).append('\n');
        line.setLength(0);
        cursor = 0;
    }

    private void trim() {
        if (maxChars == Integer.MAX_VALUE) {
            return;
        }
        if (committed.length() > 2L * maxChars) {
            committed.delete(0, committed.length() - maxChars);
        }
        if (line.length() > 2L * maxChars) {
            int cut = line.length() - maxChars;
            line.delete(0, cut);
            cursor = Math.max(0, cursor - cut);
        }
    }

    private static String rstrip(CharSequence s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.subSequence(0, end).toString();
    }
}
