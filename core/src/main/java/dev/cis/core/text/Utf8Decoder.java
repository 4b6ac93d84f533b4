package dev.cis.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one UTF-8 carry: decodes UTF-8 that arrives in chunks cut anywhere, even inside a character (terminal
 * output read from a PTY); the bytes of a character split across two chunks are kept until its end arrives.
 * Invalid bytes become U+FFFD. Not thread-safe. (Byte-level writers that must not decode, such as the
 * recording, find the cut with {@code session.Utf8Boundary} instead.)
 */
public final class Utf8Decoder {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer pending = ByteBuffer.allocate(0);

    /** The characters completed by {@code chunk}. */
    public String decode(byte[] chunk) {
        return decode(chunk, 0, chunk.length);
    }

    /** The characters completed by {@code bytes[offset, offset+length)}. */
    public String decode(byte[] bytes, int offset, int length) {
        ByteBuffer in;
        if (pending.hasRemaining()) {
            in = ByteBuffer.allocate(pending.remaining() + length);
            in.put(pending).put(bytes, offset, length).flip();
        } else {
            in = ByteBuffer.wrap(bytes, offset, length);
        }
        CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
        decoder.decode(in, out, false);
        pending = in.hasRemaining() ? ByteBuffer.allocate(in.remaining()).put(in).flip() : ByteBuffer.allocate(0);
        out.flip();
        return out.toString();
    }

    /** The end of the stream: bytes of an unfinished character become U+FFFD. */
    public String finish() {
        CharBuffer out = CharBuffer.allocate(pending.remaining() + 2);
        decoder.decode(pending, out, true);
        decoder.flush(out);
        pending = ByteBuffer.allocate(0);
        decoder.reset();
        out.flip();
        return out.toString();
    }

    /** Forgets a character begun but not finished. */
    public void reset() {
        pending = ByteBuffer.allocate(0);
        decoder.reset();
    }
}
