package dev.cis.ui.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharPipeTest {

    private static String readAll(CharPipe p) throws Exception {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[7];
        int n;
        while ((n = p.read(buf, 0, buf.length)) > 0) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    @Test
    void whatIsWrittenIsReadInOrderThenTheEnd() throws Exception {
        CharPipe p = new CharPipe(1024);
        p.write("hello ");
        p.write("world");
        p.close();
        assertThat(readAll(p)).isEqualTo("hello world");
    }

    @Test
    void aReaderFarBehindKeepsTheNewestText() throws Exception {
        CharPipe p = new CharPipe(10);
        p.write("0123456789");
        p.write("abcdef");
        p.close();
        assertThat(readAll(p)).isEqualTo("bcdef");
    }

    @Test
    void writesAfterCloseAreIgnored() throws Exception {
        CharPipe p = new CharPipe(64);
        p.close();
        p.write("late");
        assertThat(p.ready()).isFalse();
        assertThat(p.read(new char[4], 0, 4)).isEqualTo(-1);
    }
}
