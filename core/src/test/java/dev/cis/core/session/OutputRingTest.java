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

    @Test
    void growingFromSmallKeepsExactlyTheNewestBytesForAnyWriteSizes() {
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 200; round++) {
            int capacity = 1 + random.nextInt(20_000);
            OutputRing ring = new OutputRing(capacity);
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            for (int w = 0; w < 30; w++) {
                byte[] chunk = new byte[random.nextInt(6000)];
                random.nextBytes(chunk);
                int offset = chunk.length == 0 ? 0 : random.nextInt(chunk.length);
                ring.write(chunk, offset, chunk.length - offset);
                all.write(chunk, offset, chunk.length - offset);
            }
            byte[] written = all.toByteArray();
            byte[] expected = java.util.Arrays.copyOfRange(written, Math.max(0, written.length - capacity), written.length);
            assertThat(ring.snapshot()).as("round %d", round).isEqualTo(expected);
            assertThat(ring.total()).isEqualTo(written.length);
        }
    }
}
