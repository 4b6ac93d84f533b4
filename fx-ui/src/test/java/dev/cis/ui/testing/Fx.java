package dev.cis.ui.testing;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/** Reading the UI from a test thread: on the FX thread, and polling with a deadline. */
public final class Fx {

    private Fx() {
    }

    /** Runs {@code s} on the FX thread and returns its value. */
    public static <T> T get(Supplier<T> s) {
        try {
            return WaitForAsyncUtils.asyncFx((Callable<T>) s::get).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not read the UI: " + e, e);
        }
    }

    /** Runs {@code r} on the FX thread and waits for it. */
    public static void run(Runnable r) {
        get(() -> {
            r.run();
            return null;
        });
    }

    /** Waits until {@code condition} (checked on the FX thread) holds, failing after {@code seconds}. */
    public static void await(double seconds, String what, Supplier<Boolean> condition) {
        try {
            Awaitility.await(what).atMost(Duration.ofMillis((long) (seconds * 1000))).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(20)).until(() -> get(condition));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(what + " did not happen within " + seconds + " s", e);
        }
    }
}
