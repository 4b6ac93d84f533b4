package dev.cis.core.dag;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the first bad byte is. A leading byte order mark is dropped. */
final class Utf8 {

    /** The bytes are not UTF-8; the message says where and what to do. */
    static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        MalformedException(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    private Utf8() {
    }

    static String decode(byte[] bytes) throws MalformedException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new MalformedException(1, 1, "the file is UTF-16; save it as UTF-8");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw malformed(bytes, in.position(), out);
        }
        r = decoder.flush(out);
        if (r.isError()) {
            throw malformed(bytes, in.position(), out);
        }
        out.flip();
        return out.toString();
    }

    private static MalformedException malformed(byte[] bytes, int at, CharBuffer decoded) {
        decoded.flip();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < decoded.limit(); i++) {
            if (decoded.get(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = decoded.limit() - lineStart + 1;
        String b = at < bytes.length ? String.format(" (byte 0x%02X)", bytes[at] & 0xFF) : "";
        return new MalformedException(line, column, "the file is not valid UTF-8" + b + "; save it as UTF-8");
    }
}
