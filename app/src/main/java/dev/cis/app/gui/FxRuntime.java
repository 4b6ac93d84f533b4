package dev.cis.app.gui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/** Starts the JavaFX toolkit once per process and runs work on its thread. */
final class FxRuntime {

    private static boolean started;

    private FxRuntime() {
    }

    /**
     * Makes the toolkit render without a display (Monocle headless, software pipeline) on a virtual screen
     * of the given size. Has an effect only before the toolkit starts.
     */
    static synchronized void useHeadless(int screenWidth, int screenHeight) {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", screenWidth + "x" + screenHeight + "-32");
    }

    /** Starts the toolkit if it is not running yet; windows closing do not stop it. */
    static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        CountDownLatch up = new CountDownLatch(1);
        // JavaFX warns at start-up that it runs from the class path, which is how cis ships it.
        Logger javafx = Logger.getLogger("javafx");
        Level level = javafx.getLevel();
        javafx.setLevel(Level.SEVERE);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            up.countDown();
        } finally {
            javafx.setLevel(level);
        }
        up.await();
        Platform.setImplicitExit(false);
        started = true;
    }

    /** Runs {@code work} on the FX thread. */
    static <T> CompletableFuture<T> call(Supplier<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }
}
