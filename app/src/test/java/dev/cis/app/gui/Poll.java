package dev.cis.app.gui;

import java.time.Duration;
import dev.cis.app.Await;
import java.util.concurrent.Callable;

/** Waiting in tests for a state: the condition is checked every 50 ms until it holds or the deadline passes. */
final class Poll {

    private Poll() {
    }

    static void until(double seconds, String what, Callable<Boolean> condition) throws Exception {
        Await.until(what, Duration.ofMillis((long) (seconds * 1000)), Duration.ofMillis(50),
                () -> Boolean.TRUE.equals(condition.call()));
    }
}
