package dev.cis.ui.live;

import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.event.Subscription;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Notices that the node's event stream ended (the node stopped or was killed) and paces the tries to connect
 * again: a pause that doubles from {@link #FIRST_PAUSE} up to {@link #LONGEST_PAUSE}, and starts over once
 * connected. Callbacks run on the UI executor.
 */
final class NodeWatch implements AutoCloseable {

    static final Duration CHECK_EVERY = Duration.ofMillis(250);
    static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(8);

    private final Executor fx;
    private final ScheduledExecutorService timer = NamedThreads.scheduled("cis-gui-node-watch", 1);
    private ScheduledFuture<?> check;
    private ScheduledFuture<?> retry;
    private long pauseMillis = FIRST_PAUSE.toMillis();

    NodeWatch(Executor fx) {
        this.fx = fx;
    }

    /** Connected: runs {@code onLost} (once, on the UI executor) when {@code events} stops being active. */
    synchronized void watch(Subscription events, Runnable onLost) {
        cancel();
        pauseMillis = FIRST_PAUSE.toMillis();
        ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
        self[0] = timer.scheduleWithFixedDelay(() -> {
            if (!events.isActive()) {
                self[0].cancel(false);
                fx.execute(onLost);
            }
        }, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        check = self[0];
    }

    /** Runs {@code attempt} on the UI executor after the current pause, which then doubles. Returns the pause. */
    synchronized Duration retryLater(Runnable attempt) {
        long pause = pauseMillis;
        pauseMillis = Math.min(LONGEST_PAUSE.toMillis(), pauseMillis * 2);
        retry = timer.schedule(() -> fx.execute(attempt), pause, TimeUnit.MILLISECONDS);
        return Duration.ofMillis(pause);
    }

    /** Stops watching and drops a planned try. */
    synchronized void cancel() {
        if (check != null) {
            check.cancel(false);
            check = null;
        }
        if (retry != null) {
            retry.cancel(false);
            retry = null;
        }
    }

    @Override
    public void close() {
        cancel();
        timer.shutdownNow();
    }
}
