package dev.cis.app.gui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Waiting on the FX thread without blocking it: for frames, for a time, or for a condition. */
final class FxFrames {

    private FxFrames() {
    }

    /** Completes on the FX thread after {@code n} animation frames, so layout and CSS have settled. */
    static CompletableFuture<Void> frames(int n) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= n) {
                    stop();
                    f.complete(null);
                }
            }
        }.start();
        return f;
    }

    /** Completes on the FX thread after {@code seconds}. */
    static CompletableFuture<Void> delay(double seconds) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        if (seconds <= 0) {
            f.complete(null);
            return f;
        }
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(e -> f.complete(null));
        pause.play();
        return f;
    }

    /**
     * Completes on the FX thread as soon as {@code condition} holds (checked every frame); after {@code seconds}
     * it fails with a {@link TimeoutException} saying {@code what} did not happen.
     */
    static CompletableFuture<Void> until(BooleanSupplier condition, double seconds, String what) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (condition.getAsBoolean()) {
                    stop();
                    f.complete(null);
                } else if (now > deadline) {
                    stop();
                    f.completeExceptionally(new TimeoutException(what + " did not happen within " + seconds + " s"));
                }
            }
        }.start();
        return f;
    }
}
