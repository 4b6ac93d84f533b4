package dev.cis.core.node.socket;

import dev.cis.core.session.SessionListener;
import java.util.concurrent.CountDownLatch;

/** A client that stops reading: its first callback waits until the test releases it. */
final class StuckListener implements SessionListener {

    private final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void onOutput(byte[] chunk) {
        await();
    }

    @Override
    public void onExit(int exitCode) {
        await();
    }

    void await() {
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
