package dev.cis.ui.terminal;

import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Characters handed from a session's listener thread to the terminal emulator's reader thread. Writers never
 * wait; the reader waits until there is something to read or the pipe is closed. When the reader falls more than
 * {@code capacity} characters behind, the oldest half is dropped (a terminal shows the end of the output).
 */
final class CharPipe {

    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final StringBuilder buffer = new StringBuilder();
    private int readPos;
    private boolean closed;

    CharPipe(int capacity) {
        this.capacity = capacity;
    }

    /** Appends text; ignored once closed. */
    void write(CharSequence text) {
        if (text.length() == 0) {
            return;
        }
        lock.lock();
        try {
            if (closed) {
                return;
            }
            buffer.append(text);
            int unread = buffer.length() - readPos;
            if (unread > capacity) {
                readPos = buffer.length() - capacity / 2;
            }
            compact();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** No more text: the reader gets what is left, then the end. */
    void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    boolean ready() {
        lock.lock();
        try {
            return readPos < buffer.length();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Reads up to {@code length} characters, waiting for at least one. Returns -1 when the pipe is closed and
     * empty.
     */
    int read(char[] into, int offset, int length) throws InterruptedIOException {
        lock.lock();
        try {
            while (readPos >= buffer.length() && !closed) {
                changed.await(1, TimeUnit.SECONDS);
            }
            int available = buffer.length() - readPos;
            if (available <= 0) {
                return -1;
            }
            int n = Math.min(length, available);
            buffer.getChars(readPos, readPos + n, into, offset);
            readPos += n;
            compact();
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("terminal reader interrupted");
        } finally {
            lock.unlock();
        }
    }

    private void compact() {
        if (readPos > 0 && (readPos == buffer.length() || readPos > 64 * 1024)) {
            buffer.delete(0, readPos);
            readPos = 0;
        }
    }
}
