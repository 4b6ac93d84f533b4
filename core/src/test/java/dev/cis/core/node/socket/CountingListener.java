package dev.cis.core.node.socket;

import dev.cis.core.session.SessionListener;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/** Counts what a session printed (all bytes, and one byte value), for output too large to keep. */
final class CountingListener implements SessionListener {

    private final byte counted;
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong matches = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    CountingListener(char counted) {
        this.counted = (byte) counted;
    }

    @Override
    public void onOutput(byte[] chunk) {
        long n = 0;
        for (byte b : chunk) {
            if (b == counted) {
                n++;
            }
        }
        matches.addAndGet(n);
        total.addAndGet(chunk.length);
    }

    @Override
    public void onOverflow(long droppedBytes) {
        dropped.addAndGet(droppedBytes);
    }

    @Override
    public void onExit(int exitCode) {
        exit.complete(exitCode);
    }

    long matches() {
        return matches.get();
    }

    long total() {
        return total.get();
    }

    long dropped() {
        return dropped.get();
    }

    CompletableFuture<Integer> exit() {
        return exit;
    }
}
