package dev.cis.core.session;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes UTF-8 bytes as the inside of a JSON string, byte for byte: ASCII is copied or escaped,
 * well-formed multi-byte sequences are copied as they are, malformed ones become U+FFFD exactly as
 * {@code new String(bytes, UTF_8)} would decode them. No {@code String} is made for ASCII output,
 * which is most of what terminals print.
 */
final class JsonUtf8Escaper {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private byte[] buf = new byte[8192];
    private int size;

    /** Empties the buffer. */
    void reset() {
        size = 0;
    }

    byte[] buffer() {
        return buf;
    }

    int size() {
        return size;
    }

    /** Appends bytes that need no escaping (e.g. ASCII digits and punctuation). */
    void appendRaw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
    }

    void appendAscii(String s) {
        appendRaw(s.getBytes(StandardCharsets.US_ASCII));
    }

    /** Appends {@code data[offset, offset+length)} escaped for a JSON string. */
    void appendEscaped(byte[] data, int offset, int length) {
        ensure(length + 16);
        int end = offset + length;
        int i = offset;
        while (i < end) {
            int b = data[i] & 0xFF;
            if (b >= 0x80) {
                int runEnd = i + 1;
                while (runEnd < end && data[runEnd] < 0) {
                    runEnd++;
                }
                appendNonAscii(data, i, runEnd - i);
                i = runEnd;
                ensure(end - i + 16);
                continue;
            }
            if (b >= 0x20 && b != '"' && b != '\\') {
                buf[size++] = (byte) b;
            } else {
                ensure(6 + end - i);
                escape(b);
            }
            i++;
        }
    }

    private void escape(int b) {
        buf[size++] = '\\';
        switch (b) {
            case '"' -> buf[size++] = '"';
            case '\\' -> buf[size++] = '\\';
            case '\n' -> buf[size++] = 'n';
            case '\r' -> buf[size++] = 'r';
            case '\t' -> buf[size++] = 't';
            case '\b' -> buf[size++] = 'b';
            case '\f' -> buf[size++] = 'f';
            default -> {
                buf[size++] = 'u';
                buf[size++] = '0';
                buf[size++] = '0';
                buf[size++] = HEX[b >> 4];
                buf[size++] = HEX[b & 0xF];
            }
        }
    }

    /** A run of bytes >= 0x80: copied when well-formed, else decoded and re-encoded (U+FFFD for errors). */
    private void appendNonAscii(byte[] data, int offset, int length) {
        if (wellFormed(data, offset, length)) {
            ensure(length);
            System.arraycopy(data, offset, buf, size, length);
            size += length;
        } else {
            byte[] repaired = new String(data, offset, length, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
            ensure(repaired.length);
            System.arraycopy(repaired, 0, buf, size, repaired.length);
            size += repaired.length;
        }
    }

    /** True when the bytes are complete UTF-8 sequences of 2 to 4 bytes, none overlong or a surrogate. */
    static boolean wellFormed(byte[] data, int offset, int length) {
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int b = data[i] & 0xFF;
            int n;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + n >= end) {
                return false;
            }
            int cp = b & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                int c = data[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += n + 1;
        }
        return true;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
