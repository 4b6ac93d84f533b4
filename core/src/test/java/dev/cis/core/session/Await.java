package dev.cis.core.session;

import java.util.Objects;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.Awaitility;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition until it holds or a deadline passes: the core tests' words over Awaitility. */
public final class Await {

    private static final Duration POLL = Duration.ofMillis(5);

    private Await() {
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        until(what, timeout, condition, () -> "");
    }

    /** Fails with {@code what} and the state described by {@code state} when the deadline passes. */
    public static void until(String what, Duration timeout, BooleanSupplier condition, Supplier<String> state) {
        value(what, timeout, () -> condition.getAsBoolean() ? Boolean.TRUE : null, state);
    }

    /** Polls {@code found} until it gives a value (not null) and returns it; fails like {@link #until}. */
    public static <T> T value(String what, Duration timeout, Supplier<T> found, Supplier<String> state) {
        try {
            return Awaitility.await(what).atMost(timeout).pollDelay(Duration.ZERO).pollInterval(POLL)
                    .until(found::get, Objects::nonNull);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("timed out after " + timeout + " waiting for " + what + "; " + state.get());
        }
    }
}
