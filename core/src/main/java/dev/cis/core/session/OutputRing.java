package dev.cis.core.session;

import java.util.Arrays;

/**
 * A bounded ring of the most recent bytes written to it. Its buffer starts small and grows up to the
 * capacity, so a session that prints little costs little. Thread-safe.
 */
final class OutputRing {

    private static final int INITIAL = 4096;

    private final int capacity;
    private byte[] buffer;
    private long total;

    OutputRing(int capacity) {
        this.capacity = capacity;
        this.buffer = new byte[Math.min(INITIAL, capacity)];
    }

    synchronized void write(byte[] data, int offset, int length) {
        if (total + length > buffer.length && buffer.length < capacity) {
            // not wrapped yet: the bytes are buffer[0, total)
            buffer = Arrays.copyOf(buffer, (int) Math.min(capacity, Math.max(2L * buffer.length, total + length)));
        }
        int cap = buffer.length;
        if (length > cap) {
            int skipped = length - cap;
            offset += skipped;
            total += skipped;
            length = cap;
        }
        int pos = (int) (total % cap);
        int first = Math.min(length, cap - pos);
        System.arraycopy(data, offset, buffer, pos, first);
        if (first < length) {
            System.arraycopy(data, offset + first, buffer, 0, length - first);
        }
        total += length;
    }

    /** The retained bytes, oldest first. */
    synchronized byte[] snapshot() {
        int cap = buffer.length;
        if (total <= cap) {
            return Arrays.copyOf(buffer, (int) total);
        }
        byte[] out = new byte[cap];
        int pos = (int) (total % cap);
        System.arraycopy(buffer, pos, out, 0, cap - pos);
        System.arraycopy(buffer, 0, out, cap - pos, pos);
        return out;
    }

    synchronized long total() {
        return total;
    }

    int capacity() {
        return capacity;
    }
}
