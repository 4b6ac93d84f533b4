package dev.cis.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlowListenerTest {

    private static final int TOTAL = 20_000_000;

    @TempDir
    Path dir;

    /** Blocks in its first callback until released; counts what it is told afterwards. */
    private static final class StuckListener implements SessionListener {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch entered = new CountDownLatch(1);
        final AtomicLong overflow = new AtomicLong();
        final CountDownLatch exited = new CountDownLatch(1);

        @Override
        public void onOutput(byte[] chunk) {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void onOverflow(long droppedBytes) {
            overflow.addAndGet(droppedBytes);
        }

        @Override
        public void onExit(int exitCode) {
            exited.countDown();
        }
    }

    /** Counts the 'x' bytes it gets; cheap enough to keep up with the terminal. */
    private static final class CountingListener implements SessionListener {
        final AtomicLong xs = new AtomicLong();
        final AtomicLong overflow = new AtomicLong();
        final CountDownLatch exited = new CountDownLatch(1);

        @Override
        public void onOutput(byte[] chunk) {
            long n = 0;
            for (byte b : chunk) {
                if (b == 'x') {
                    n++;
                }
            }
            xs.addAndGet(n);
        }

        @Override
        public void onOverflow(long droppedBytes) {
            overflow.addAndGet(droppedBytes);
        }

        @Override
        public void onExit(int exitCode) {
            exited.countDown();
        }
    }

    @Test
    void aListenerThatNeverReturnsDoesNotHoldUpTheSessionOrTheOtherListeners() throws Exception {
        Session s = PtySession.start(SessionSpec.builder(List.of("/bin/sh", "-c",
                        "read go; head -c " + TOTAL + " /dev/zero | tr '\\0' x"))
                .workDir(dir).recordingPath(dir.resolve("s.cast")).build());
        StuckListener stuck = new StuckListener();
        CountingListener healthy = new CountingListener();
        s.addListener(stuck);
        s.addListener(healthy);

        s.write("\r");

        assertThat(s.exitFuture().get(60, TimeUnit.SECONDS)).isZero();
        assertThat(healthy.exited.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(healthy.xs.get()).isEqualTo(TOTAL);
        assertThat(healthy.overflow.get()).isZero();
        assertThat(stuck.entered.await(5, TimeUnit.SECONDS)).isTrue();

        stuck.release.countDown();

        assertThat(stuck.exited.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(stuck.overflow.get()).isPositive();
    }

    @Test
    void aRemovedListenerStopsReceivingAndItsThreadIsFreed() throws Exception {
        Session s = PtySession.start(SessionSpec.builder(List.of("/bin/sh", "-c", "echo one; read x; echo two"))
                .workDir(dir).build());
        StuckListener stuck = new StuckListener();
        s.addListener(stuck, true);
        Await.until("first output", Duration.ofSeconds(10), () -> stuck.entered.getCount() == 0);

        s.removeListener(stuck);
        s.write("\r");

        assertThat(s.exitFuture().get(20, TimeUnit.SECONDS)).isZero();
        assertThat(stuck.exited.await(300, TimeUnit.MILLISECONDS)).isFalse();
    }
}
