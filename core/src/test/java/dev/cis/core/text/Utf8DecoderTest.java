package dev.cis.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Utf8DecoderTest {

    @Test
    void aCharacterCutBetweenTwoChunksIsDecodedWhole() {
        byte[] all = "spinner ⠋ done ✓".getBytes(StandardCharsets.UTF_8);
        Utf8Decoder d = new Utf8Decoder();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < all.length; i += 3) {
            out.append(d.decode(Arrays.copyOfRange(all, i, Math.min(all.length, i + 3))));
        }
        out.append(d.finish());
        assertThat(out.toString()).isEqualTo("spinner ⠋ done ✓");
    }

    @Test
    void anUnfinishedCharacterAtTheEndBecomesAReplacement() {
        byte[] check = "✓".getBytes(StandardCharsets.UTF_8);
        Utf8Decoder d = new Utf8Decoder();
        assertThat(d.decode(Arrays.copyOf(check, 2))).isEmpty();
        assertThat(d.finish()).isEqualTo("\uFFFD");
    }

    @Test
    void invalidBytesBecomeReplacements() {
        assertThat(new Utf8Decoder().decode(new byte[] {'a', (byte) 0xFF, 'b'})).isEqualTo("a\uFFFDb");
    }
}
