package dev.cis.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputRingTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void keepsEverythingWhileUnderCapacity() {
        OutputRing ring = new OutputRing(10);
        ring.write(ascii("abc"), 0, 3);
        ring.write(ascii("de"), 0, 2);
        assertThat(ring.snapshot()).isEqualTo(ascii("abcde"));
    }

    @Test
    void keepsTheNewestBytesOncePastCapacity() {
        OutputRing ring = new OutputRing(5);
        ring.write(ascii("abcd"), 0, 4);
        ring.write(ascii("efg"), 0, 3);
        assertThat(ring.snapshot()).isEqualTo(ascii("cdefg"));
        assertThat(ring.total()).isEqualTo(7);
    }

    @Test
    void aWriteLargerThanTheRingKeepsItsTail() {
        OutputRing ring = new OutputRing(4);
        ring.write(ascii("xy"), 0, 2);
        ring.write(ascii("0123456789"), 0, 10);
        assertThat(ring.snapshot()).isEqualTo(ascii("6789"));
        ring.write(ascii("ab"), 0, 2);
        assertThat(ring.snapshot()).isEqualTo(ascii("89ab"));
    }
}
