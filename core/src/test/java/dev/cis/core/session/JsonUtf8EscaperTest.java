package dev.cis.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonUtf8EscaperTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String escape(byte[] bytes) {
        JsonUtf8Escaper e = new JsonUtf8Escaper();
        e.appendRaw(new byte[] {'"'});
        e.appendEscaped(bytes, 0, bytes.length);
        e.appendRaw(new byte[] {'"'});
        return new String(e.buffer(), 0, e.size(), StandardCharsets.UTF_8);
    }

    private static String parsed(byte[] bytes) throws Exception {
        return JSON.readValue(escape(bytes), String.class);
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        byte[] in = "a\"b\\c\n\r\t\b\f\u0001\u001b[0m".getBytes(StandardCharsets.UTF_8);
        assertThat(escape(in)).isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001b[0m\"");
    }

    @Test
    void wellFormedMultiByteSequencesAreCopiedAsTheyAre() {
        byte[] in = "héllo ✓ 日本 😀".getBytes(StandardCharsets.UTF_8);
        assertThat(escape(in)).isEqualTo("\"héllo ✓ 日本 😀\"");
    }

    @Test
    void malformedBytesBecomeReplacementCharactersAsJavaDecodesThem() throws Exception {
        byte[] in = {'a', (byte) 0xC0, (byte) 0xAF, 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xE2, (byte) 0x9C, 'c',
                (byte) 0xFF};
        assertThat(parsed(in)).isEqualTo(new String(in, StandardCharsets.UTF_8));
    }

    @Test
    void anyBytesReadBackAsTheStringJavaDecodes() throws Exception {
        Random random = new Random(7);
        byte[][] pieces = {"x".getBytes(StandardCharsets.UTF_8), "é".getBytes(StandardCharsets.UTF_8),
                "✓".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8), {'"'}, {'\\'}, {'\n'}, {0x1b},
                {0}, {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xF5}, {(byte) 0xE0, (byte) 0x80}};
        for (int round = 0; round < 5000; round++) {
            byte[] in = new byte[0];
            int parts = random.nextInt(20);
            for (int p = 0; p < parts; p++) {
                byte[] piece = pieces[random.nextInt(pieces.length)];
                in = Arrays.copyOf(in, in.length + piece.length);
                System.arraycopy(piece, 0, in, in.length - piece.length, piece.length);
            }
            assertThat(parsed(in)).as("round %d", round).isEqualTo(new String(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void theBufferGrowsForLongInput() throws Exception {
        byte[] in = new byte[100_000];
        Arrays.fill(in, (byte) '"');
        assertThat(parsed(in)).hasSize(100_000);
    }
}
