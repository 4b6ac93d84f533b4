package dev.cis.app.node;

import dev.cis.core.session.SessionListener;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/** Session listeners of the tests: one that keeps everything, one that counts, one that stops reading. */
final class Listeners {

    private Listeners() {
    }

    /** Keeps every byte. */
    static final class Collecting implements SessionListener {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final CompletableFuture<Integer> exit = new CompletableFuture<>();

        @Override
        public synchronized void onOutput(byte[] chunk) {
            bytes.write(chunk, 0, chunk.length);
        }

        @Override
        public void onExit(int exitCode) {
            exit.complete(exitCode);
        }

        synchronized byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    /** Counts bytes, and the bytes of one value. */
    static final class Counting implements SessionListener {
        private final byte counted;
        final AtomicLong matches = new AtomicLong();
        final AtomicLong dropped = new AtomicLong();
        final CompletableFuture<Integer> exit = new CompletableFuture<>();

        Counting(char counted) {
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
        }

        @Override
        public void onOverflow(long droppedBytes) {
            dropped.addAndGet(droppedBytes);
        }

        @Override
        public void onExit(int exitCode) {
            exit.complete(exitCode);
        }
    }

    /** Stops reading at its first callback until released. */
    static final class Stuck implements SessionListener {
        private final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void onOutput(byte[] chunk) {
            await();
        }

        @Override
        public void onExit(int exitCode) {
            await();
        }

        private void await() {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void release() {
            release.countDown();
        }
    }
}
