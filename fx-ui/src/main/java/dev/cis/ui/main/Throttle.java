package dev.cis.ui.main;

import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an action at most once per period: at once when it has not run for a period, otherwise once at the end of
 * the period (however many times it was asked meanwhile). A value that changes thousands of times a second is
 * shown a few times a second, and a single change is shown at once. UI thread only.
 */
final class Throttle {

    private final Runnable action;
    private final long periodNanos;
    private final LongSupplier clock;
    private final PauseTransition later = new PauseTransition();
    private long lastRun = Long.MIN_VALUE / 2;

    Throttle(Duration period, Runnable action) {
        this(period, action, System::nanoTime);
    }

    Throttle(Duration period, Runnable action, LongSupplier nanoClock) {
        this.action = action;
        this.periodNanos = (long) (period.toMillis() * 1_000_000);
        this.clock = nanoClock;
        later.setOnFinished(e -> run());
    }

    /** Asks for the action: now, or at the end of the current period. */
    void request() {
        if (later.getStatus() == PauseTransition.Status.RUNNING) {
            return;
        }
        long waited = clock.getAsLong() - lastRun;
        if (waited >= periodNanos) {
            run();
        } else {
            later.setDuration(Duration.millis((periodNanos - waited) / 1e6));
            later.playFromStart();
        }
    }

    private void run() {
        lastRun = clock.getAsLong();
        action.run();
    }
}
