package dev.cis.core.monitor;

import dev.cis.core.text.Utf8Decoder;

import com.techsenger.jeditermfx.core.ArrayTerminalDataStream;
import com.techsenger.jeditermfx.core.CursorShape;
import com.techsenger.jeditermfx.core.RequestOrigin;
import com.techsenger.jeditermfx.core.TerminalDisplay;
import com.techsenger.jeditermfx.core.TerminalOutputStream;
import com.techsenger.jeditermfx.core.emulator.JediEmulator;
import com.techsenger.jeditermfx.core.emulator.mouse.MouseFormat;
import com.techsenger.jeditermfx.core.emulator.mouse.MouseMode;
import com.techsenger.jeditermfx.core.model.JediTerminal;
import com.techsenger.jeditermfx.core.model.StyleState;
import com.techsenger.jeditermfx.core.model.TerminalLine;
import com.techsenger.jeditermfx.core.model.TerminalSelection;
import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;
import com.techsenger.jeditermfx.core.util.TermSize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A terminal without a display: a JediTerm emulator renders the output of a session into a screen buffer, so
 * that cursor movement, redraws, clear-screen and spinners end up as the text a person would see. Not thread-safe:
 * one thread feeds it and reads it.
 */
final class HeadlessScreen {

    private static final Logger LOG = LoggerFactory.getLogger(HeadlessScreen.class);
    private static final char WIDE_CHAR_TAIL = '\uE000';

    private final Utf8Decoder decoder = new Utf8Decoder();
    private final FeedStream stream = new FeedStream();
    private final StringBuilder held = new StringBuilder();
    private TerminalTextBuffer buffer;
    private JediTerminal terminal;
    private JediEmulator emulator;

    HeadlessScreen(int cols, int rows) {
        build(Math.max(cols, 5), Math.max(rows, 2));
    }

    private void build(int cols, int rows) {
        StyleState style = new StyleState();
        // one line of history: the screen is all that matters, and a long history makes scrolling slow
        buffer = new TerminalTextBuffer(cols, rows, style, 1, null);
        terminal = new JediTerminal(new NoDisplay(), buffer, style);
        terminal.setTerminalOutput(new NoReplies());
        emulator = new JediEmulator(stream, terminal);
    }

    int cols() {
        return terminal.getTerminalWidth();
    }

    int rows() {
        return terminal.getTerminalHeight();
    }

    /** Renders {@code bytes} (UTF-8) and returns the notification requests found in them. */
    List<Notification> feed(byte[] bytes, int offset, int length) {
        held.append(decode(bytes, offset, length));
        EscapeScanner.Result scanned = EscapeScanner.scan(held);
        if (scanned.complete() > 0) {
            char[] chars = new char[scanned.complete()];
            held.getChars(0, chars.length, chars, 0);
            held.delete(0, chars.length);
            emulate(chars);
        }
        return scanned.notifications();
    }

    private String decode(byte[] bytes, int offset, int length) {
        return decoder.decode(bytes, offset, length);
    }

    private void emulate(char[] chars) {
        stream.set(chars);
        emulator.resetEof();
        while (emulator.hasNext()) {
            try {
                emulator.next();
            } catch (IOException | RuntimeException e) {
                LOG.debug("terminal emulation skipped a sequence: {}", e.toString());
            }
        }
    }

    /** Follows a change of the session's terminal size. */
    void resize(int cols, int rows) {
        if (cols > 0 && rows > 0 && (cols != cols() || rows != rows())) {
            terminal.resize(new TermSize(cols, rows), RequestOrigin.Remote);
        }
    }

    /** Forgets everything shown so far (after output was lost). */
    void reset() {
        int cols = cols();
        int rows = rows();
        held.setLength(0);
        decoder.reset();
        build(cols, rows);
    }

    /** The screen's text; rows the program's text wrapped across are joined into one line. */
    ScreenSnapshot snapshot() {
        int rows = rows();
        int cols = cols();
        // the emulator counts rows and columns from 1
        int cursorRow = Math.max(0, terminal.getCursorY() - 1);
        int cursorCol = Math.max(0, terminal.getCursorX() - 1);
        List<String> lines = new ArrayList<>(rows);
        StringBuilder line = new StringBuilder();
        int cursorLine = 0;
        int cursorOffset = cursorCol;
        for (int row = 0; row < rows; row++) {
            TerminalLine l = buffer.getLine(row);
            if (row == cursorRow) {
                cursorLine = lines.size();
                cursorOffset = line.length() + cursorCol;
            }
            String text = l.getText();
            line.append(l.isWrapped() && text.length() < cols ? text + " ".repeat(cols - text.length()) : text);
            if (!l.isWrapped() || row == rows - 1) {
                lines.add(clean(line));
                line.setLength(0);
            }
        }
        return new ScreenSnapshot(lines, cursorLine, cursorOffset);
    }

    private static String clean(CharSequence line) {
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != WIDE_CHAR_TAIL) {
                b.append(c == '\0' ? ' ' : c);
            }
        }
        int end = b.length();
        while (end > 0 && Character.isWhitespace(b.charAt(end - 1))) {
            end--;
        }
        b.setLength(end);
        return b.toString();
    }

    /** The emulator's input: the characters of one feed. */
    private static final class FeedStream extends ArrayTerminalDataStream {
        FeedStream() {
            super(new char[0]);
        }

        void set(char[] chars) {
            myBuf = chars;
            myOffset = 0;
            myLength = chars.length;
        }
    }

    /** Replies to queries (cursor position, device attributes) are not sent: the real terminal answers them. */
    private static final class NoReplies implements TerminalOutputStream {
        @Override
        public void sendBytes(byte[] response, boolean userInput) {
            // the session's viewers answer queries; a second answer would confuse the program
        }

        @Override
        public void sendString(String string, boolean userInput) {
            // as above
        }
    }

    /** Nothing is drawn. */
    private static final class NoDisplay implements TerminalDisplay {
        private String title = "";

        @Override
        public void setCursor(int x, int y) {
            // not drawn
        }

        @Override
        public void setCursorShape(CursorShape shape) {
            // not drawn
        }

        @Override
        public void beep() {
            // not drawn
        }

        @Override
        public void scrollArea(int scrollRegionTop, int scrollRegionSize, int dy) {
            // not drawn
        }

        @Override
        public void setCursorVisible(boolean visible) {
            // not drawn
        }

        @Override
        public void useAlternateScreenBuffer(boolean enabled) {
            // the text buffer switches by itself
        }

        @Override
        public String getWindowTitle() {
            return title;
        }

        @Override
        public void setWindowTitle(String value) {
            title = value == null ? "" : value;
        }

        @Override
        public TerminalSelection getSelection() {
            return null;
        }

        @Override
        public void terminalMouseModeSet(MouseMode mode) {
            // no mouse
        }

        @Override
        public void setMouseFormat(MouseFormat format) {
            // no mouse
        }

        @Override
        public boolean ambiguousCharsAreDoubleWidth() {
            return false;
        }
    }
}
