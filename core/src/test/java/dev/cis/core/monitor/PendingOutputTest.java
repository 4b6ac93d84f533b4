package dev.cis.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PendingOutputTest {

    private static String text(PendingOutput.Taken t) {
        return new String(Arrays.copyOfRange(t.bytes(), t.offset(), t.offset() + t.length()), StandardCharsets.UTF_8);
    }

    @Test
    void chunksAreTakenTogetherOnce() {
        PendingOutput p = new PendingOutput(1024);
        p.add("ab".getBytes(StandardCharsets.UTF_8));
        p.add("cd".getBytes(StandardCharsets.UTF_8));
        PendingOutput.Taken t = p.take();
        assertThat(text(t)).isEqualTo("abcd");
        assertThat(t.lost()).isFalse();
        assertThat(p.take().length()).isZero();
    }

    @Test
    void beyondTheCapacityTheOldestBytesAreDroppedFromALineStart() {
        PendingOutput p = new PendingOutput(16);
        p.add("first line\n".getBytes(StandardCharsets.UTF_8));
        p.add("second\nthird".getBytes(StandardCharsets.UTF_8));
        PendingOutput.Taken t = p.take();
        assertThat(t.lost()).isTrue();
        assertThat(text(t)).isEqualTo("second\nthird");
    }

    @Test
    void outputLostBeforeTheQueueIsReported() {
        PendingOutput p = new PendingOutput(1024);
        p.add("x".getBytes(StandardCharsets.UTF_8));
        p.lost();
        PendingOutput.Taken t = p.take();
        assertThat(t.lost()).isTrue();
        assertThat(t.length()).isZero();
    }
}
