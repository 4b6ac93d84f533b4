package dev.cis.core.session;

/** Finds where a chunk of UTF-8 bytes stops being complete, so a sequence split across reads is not torn. */
final class Utf8Boundary {

    private Utf8Boundary() {
    }

    /**
     * The length of the longest prefix of {@code data[offset, offset+length)} that does not end in the
     * middle of a multi-byte sequence. At most three bytes are left out.
     */
    static int completePrefix(byte[] data, int offset, int length) {
        int end = offset + length;
        int limit = Math.max(offset, end - 3);
        for (int i = end - 1; i >= limit; i--) {
            int b = data[i] & 0xFF;
            if ((b & 0xC0) == 0x80) {
                continue; // continuation byte: keep looking for the lead byte
            }
            int needed = sequenceLength(b);
            return i + needed > end ? i - offset : length;
        }
        return length;
    }

    private static int sequenceLength(int lead) {
        if ((lead & 0xE0) == 0xC0) {
            return 2;
        }
        if ((lead & 0xF0) == 0xE0) {
            return 3;
        }
        if ((lead & 0xF8) == 0xF0) {
            return 4;
        }
        return 1;
    }
}
