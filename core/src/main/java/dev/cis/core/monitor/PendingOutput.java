package dev.cis.core.monitor;

import java.util.Arrays;

/**
 * Output queued between two evaluations of a screen. Adding only copies bytes, so the session's listener thread
 * never waits for the emulator. When more than {@code capacity} bytes pile up, the oldest are dropped and the
 * next {@link #take()} says so: the screen is then rebuilt from what is left. Thread-safe.
 */
final class PendingOutput {

    /** What was queued. When {@code lost}, older output was dropped (the screen should start again). */
    record Taken(byte[] bytes, int offset, int length, boolean lost) {
    }

    private static final int LINE_SEARCH = 4096;
    private static final Taken NOTHING = new Taken(new byte[0], 0, 0, false);

    private final int capacity;
    private byte[] buffer = new byte[4096];
    private int length;
    private boolean lost;
    private long lastAddNanos;

    PendingOutput(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(byte[] chunk) {
        lastAddNanos = System.nanoTime();
        if (chunk.length >= capacity) {
            buffer = Arrays.copyOfRange(chunk, chunk.length - capacity, chunk.length);
            length = capacity;
            lost = true;
            return;
        }
        int overflow = length + chunk.length - capacity;
        if (overflow > 0) {
            System.arraycopy(buffer, overflow, buffer, 0, length - overflow);
            length -= overflow;
            lost = true;
        }
        if (length + chunk.length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(capacity, Math.max(buffer.length * 2, length + chunk.length)));
        }
        System.arraycopy(chunk, 0, buffer, length, chunk.length);
        length += chunk.length;
    }

    /** True when nothing was added after {@code nanos} ({@link System#nanoTime()} time). */
    synchronized boolean quietSince(long nanos) {
        return lastAddNanos - nanos <= 0;
    }

    /** True when output was dropped since the last {@link #take()}: more arrived than the queue holds. */
    synchronized boolean overflowed() {
        return lost;
    }

    /** Output was dropped before it reached this queue. */
    synchronized void lost() {
        lost = true;
        length = 0;
    }

    /** Everything queued, emptying the queue. After a loss it starts at a line start when one is near. */
    synchronized Taken take() {
        if (length == 0 && !lost) {
            return NOTHING;
        }
        byte[] bytes = Arrays.copyOf(buffer, length);
        boolean wasLost = lost;
        length = 0;
        lost = false;
        if (buffer.length > 64 * 1024) {
            buffer = new byte[4096];
        }
        int from = 0;
        if (wasLost) {
            for (int i = 0; i < Math.min(bytes.length, LINE_SEARCH); i++) {
                if (bytes[i] == '\n') {
                    from = i + 1;
                    break;
                }
            }
        }
        return new Taken(bytes, from, bytes.length - from, wasLost);
    }
}
