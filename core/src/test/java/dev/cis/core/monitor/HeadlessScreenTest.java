package dev.cis.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HeadlessScreenTest {

    private final HeadlessScreen screen = new HeadlessScreen(40, 8);

    private void feed(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        screen.feed(b, 0, b.length);
    }

    private String line(int row) {
        return screen.snapshot().lines().get(row);
    }

    @Test
    void carriageReturnRedrawsLeaveOneLine() {
        feed("⠋ Working (0.1s)\r⠙ Working (0.2s)\r\u001b[K✓ Working done\r\n");
        assertThat(line(0)).isEqualTo("✓ Working done");
        assertThat(line(1)).isEmpty();
    }

    @Test
    void clearScreenRemovesWhatWasShown() {
        feed("Apply? (y/n) \r\n\u001b[2J\u001b[HNothing to ask");
        assertThat(screen.snapshot().lines()).containsExactly("Nothing to ask", "", "", "", "", "", "", "");
        assertThat(screen.snapshot().lastTextRow()).isZero();
    }

    @Test
    void cursorPositioningPlacesTextWhereAPersonWouldSeeIt() {
        feed("\u001b[3;5Hmiddle\u001b[1;1Htop");
        ScreenSnapshot s = screen.snapshot();
        assertThat(s.lines().get(0)).isEqualTo("top");
        assertThat(s.lines().get(2)).isEqualTo("    middle");
        assertThat(s.cursorRow()).isZero();
        assertThat(s.cursorCol()).isEqualTo(3);
    }

    @Test
    void anEscapeSequenceSplitBetweenTwoChunksIsRenderedWhole() {
        feed("red: \u001b[3");
        feed("1mtext\u001b[0m");
        assertThat(line(0)).isEqualTo("red: text");
    }

    @Test
    void aCharacterSplitBetweenTwoChunksIsDecodedWhole() {
        byte[] b = "❯ 1. Yes".getBytes(StandardCharsets.UTF_8);
        screen.feed(Arrays.copyOfRange(b, 0, 2), 0, 2);
        screen.feed(Arrays.copyOfRange(b, 2, b.length), 0, b.length - 2);
        assertThat(line(0)).isEqualTo("❯ 1. Yes");
    }

    @Test
    void wideCharactersAppearOnce() {
        feed("文件 (y/n)");
        assertThat(line(0)).isEqualTo("文件 (y/n)");
    }

    @Test
    void outputLongerThanTheScreenScrolls() {
        for (int i = 1; i <= 20; i++) {
            feed("line " + i + "\r\n");
        }
        assertThat(screen.snapshot().lastTextRow()).isEqualTo(6);
        assertThat(line(6)).isEqualTo("line 20");
    }

    @Test
    void theAlternateScreenShowsOnlyWhatWasDrawnThere() {
        feed("shell prompt\r\n\u001b[?1049h\u001b[H\u001b[2JDialog: Trust this folder? (y/n)");
        assertThat(line(0)).isEqualTo("Dialog: Trust this folder? (y/n)");
        feed("\u001b[?1049l");
        assertThat(line(0)).isEqualTo("shell prompt");
    }

    @Test
    void aLineWrappedAcrossRowsIsOneLine() {
        HeadlessScreen narrow = new HeadlessScreen(10, 5);
        byte[] b = "Apply the changes now? (y/n) \r\nnext".getBytes(StandardCharsets.UTF_8);
        narrow.feed(b, 0, b.length);
        ScreenSnapshot s = narrow.snapshot();
        assertThat(s.lines()).containsExactly("Apply the changes now? (y/n)", "next", "");
        assertThat(s.cursorRow()).isEqualTo(1);
        assertThat(s.cursorCol()).isEqualTo(4);
    }

    @Test
    void resizingChangesTheWidthLinesWrapAt() {
        screen.resize(10, 8);
        feed("0123456789abc\r\nx");
        assertThat(screen.cols()).isEqualTo(10);
        assertThat(screen.snapshot().cursorRow()).isEqualTo(1);
        assertThat(line(0)).isEqualTo("0123456789abc");
    }

    @Test
    void notificationsAreReturnedAndNotShown() {
        byte[] b = "a\u001b]9;Look here\u0007b".getBytes(StandardCharsets.UTF_8);
        assertThat(screen.feed(b, 0, b.length)).containsExactly(new Notification("osc9", "Look here"));
        assertThat(line(0)).isEqualTo("ab");
    }

    @Test
    void resetForgetsTheScreen() {
        feed("old question (y/n)");
        screen.reset();
        assertThat(screen.snapshot().lastTextRow()).isEqualTo(-1);
    }
}
