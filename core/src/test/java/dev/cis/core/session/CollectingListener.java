package dev.cis.core.session;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/** Keeps everything a session printed, for tests. */
public final class CollectingListener implements SessionListener {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicLong dropped = new AtomicLong();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    @Override
    public void onOutput(byte[] chunk) {
        synchronized (bytes) {
            bytes.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onOverflow(long droppedBytes) {
        dropped.addAndGet(droppedBytes);
    }

    @Override
    public void onExit(int exitCode) {
        exit.complete(exitCode);
    }

    public byte[] bytes() {
        synchronized (bytes) {
            return bytes.toByteArray();
        }
    }

    public int size() {
        synchronized (bytes) {
            return bytes.size();
        }
    }

    public String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    public String plainText() {
        return TerminalText.toPlainText(bytes());
    }

    public long dropped() {
        return dropped.get();
    }

    public CompletableFuture<Integer> exit() {
        return exit;
    }

    /** Waits until the output contains {@code expected}. */
    public void awaitText(String expected, Duration timeout) {
        Await.until("output containing \"" + expected + "\"", timeout, () -> text().contains(expected),
                () -> "output so far: " + text());
    }
}
