package dev.cis.ui.terminal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 that arrives in chunks cut anywhere, even inside a character: the bytes of a character split
 * across two chunks are kept until its end arrives. Invalid bytes become U+FFFD. Not thread-safe.
 */
final class Utf8Decoder {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer pending = ByteBuffer.allocate(0);

    /** The characters completed by {@code chunk}. */
    String decode(byte[] chunk) {
        ByteBuffer in;
        if (pending.hasRemaining()) {
            in = ByteBuffer.allocate(pending.remaining() + chunk.length);
            in.put(pending).put(chunk).flip();
        } else {
            in = ByteBuffer.wrap(chunk);
        }
        CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
        decoder.decode(in, out, false);
        pending = in.hasRemaining() ? ByteBuffer.allocate(in.remaining()).put(in).flip() : ByteBuffer.allocate(0);
        out.flip();
        return out.toString();
    }

    /** The end of the stream: bytes of an unfinished character become U+FFFD. */
    String finish() {
        CharBuffer out = CharBuffer.allocate(pending.remaining() + 2);
        decoder.decode(pending, out, true);
        decoder.flush(out);
        pending = ByteBuffer.allocate(0);
        decoder.reset();
        out.flip();
        return out.toString();
    }
}
