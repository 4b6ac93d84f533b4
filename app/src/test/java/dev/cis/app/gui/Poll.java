package dev.cis.app.gui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Waiting in tests for a state: the condition is checked every 50 ms until it holds or the deadline passes. */
final class Poll {

    private Poll() {
    }

    static void until(double seconds, String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (!Boolean.TRUE.equals(condition.call())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + seconds + " s");
            }
            CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS))
                    .join();
        }
    }
}
