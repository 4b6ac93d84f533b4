package dev.cis.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

    private static String plain(String s) {
        return TerminalText.toPlainText(s);
    }

    @Test
    void colourSequencesAreRemoved() {
        assertThat(plain("\u001b[1;32mgreen\u001b[0m and \u001b[38;5;208morange\u001b[m")).isEqualTo("green and orange");
    }

    @Test
    void crlfLineEndsBecomeNewlines() {
        assertThat(plain("one\r\ntwo\r\n")).isEqualTo("one\ntwo\n");
    }

    @Test
    void aSpinnerRedrawnWithCarriageReturnLeavesOnlyItsLastState() {
        assertThat(plain("\r| working\r/ working\r- working\r\u001b[Kdone\r\n")).isEqualTo("done\n");
    }

    @Test
    void carriageReturnWithoutEraseOverwritesOnlyWhatIsRewritten() {
        assertThat(plain("abcdef\rXY\n")).isEqualTo("XYcdef\n");
    }

    @Test
    void backspaceMovesBackSoTheNextCharacterReplacesThePreviousOne() {
        assertThat(plain("ab\bc\n")).isEqualTo("ac\n");
    }

    @Test
    void oscTitlesAndHyperlinksEndedByBellOrStringTerminatorAreRemoved() {
        assertThat(plain("\u001b]0;window title\u0007text \u001b]8;;https://x.y\u001b\\link\u001b]8;;\u001b\\ end"))
                .isEqualTo("text link end");
    }

    @Test
    void dcsStringsAndCharsetSelectionAreRemoved() {
        assertThat(plain("\u001bP+q544e\u001b\\a\u001b(Bb\u001b)0c")).isEqualTo("abc");
    }

    @Test
    void privateModesAndCursorVisibilityAreRemoved() {
        assertThat(plain("\u001b[?25l\u001b[?2004hready\u001b[?25h")).isEqualTo("ready");
    }

    @Test
    void horizontalCursorMovesPositionTheText() {
        assertThat(plain("abc\u001b[2Dx\u001b[5Gy\n")).isEqualTo("axc y\n");
    }

    @Test
    void eraseWholeLineClearsIt() {
        assertThat(plain("progress 50%\u001b[2K\rprogress 100%\n")).isEqualTo("progress 100%\n");
    }

    @Test
    void otherControlCharactersAreDroppedButTabsKept() {
        assertThat(plain("a\u0007b\tc\u0000\n")).isEqualTo("ab\tc\n");
    }

    @Test
    void escapeSequencesAndUtf8SplitAcrossChunksAreHandled() {
        byte[] all = "\u001b[31mé€😀\u001b[0m!".getBytes(StandardCharsets.UTF_8);
        PlainTextBuilder builder = new PlainTextBuilder();
        for (byte b : all) {
            builder.append(new byte[] {b});
        }
        assertThat(builder.text()).isEqualTo("é€😀!");
    }

    @Test
    void aBoundedBuilderKeepsTheMostRecentText() {
        PlainTextBuilder builder = new PlainTextBuilder(100);
        for (int i = 0; i < 1000; i++) {
            builder.append("line " + i + "\r\n");
        }
        assertThat(builder.text()).endsWith("line 999\n").doesNotContain("line 1\n").hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void aBoundedBuilderAlsoBoundsOneEndlessLine() {
        PlainTextBuilder builder = new PlainTextBuilder(100);
        for (int i = 0; i < 1000; i++) {
            builder.append("0123456789");
        }
        builder.append("END");
        assertThat(builder.text()).endsWith("789END").hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void currentLineIsTheUnfinishedLastLine() {
        PlainTextBuilder builder = new PlainTextBuilder().append("banner\r\n> ");
        assertThat(builder.currentLine()).isEqualTo("> ");
        assertThat(builder.text()).isEqualTo("banner\n> ");
    }
}
