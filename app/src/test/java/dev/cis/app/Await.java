package dev.cis.app;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** Waiting in the app's tests for a state: the app tests' words over Awaitility. */
public final class Await {

    private Await() {
    }

    /** Polls {@code condition} every {@code every} until it holds; fails with {@code what} after {@code timeout}. */
    public static void until(String what, Duration timeout, Duration every, Callable<Boolean> condition) {
        try {
            Awaitility.await(what).atMost(timeout).pollDelay(Duration.ZERO).pollInterval(every)
                    .ignoreNoExceptions().until(condition);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("timed out after " + timeout + " waiting for " + what);
        }
    }

    public static void until(String what, Duration timeout, Callable<Boolean> condition) {
        until(what, timeout, Duration.ofMillis(20), condition);
    }
}
