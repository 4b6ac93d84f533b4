package dev.cis.core.session;

/** A bounded ring of the most recent bytes written to it. Thread-safe. */
final class OutputRing {

    private final byte[] buffer;
    private long total;

    OutputRing(int capacity) {
        this.buffer = new byte[capacity];
    }

    synchronized void write(byte[] data, int offset, int length) {
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
            byte[] out = new byte[(int) total];
            System.arraycopy(buffer, 0, out, 0, out.length);
            return out;
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
        return buffer.length;
    }
}
