package dev.cis.app.gui;

import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.dag.Dag;
import dev.cis.ui.main.MainWindow;
import dev.cis.ui.main.MainWindowViewModel;
import dev.cis.ui.main.WindowState;
import dev.cis.ui.snapshot.PngImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Renders the real main window without a display (Monocle headless, software rendering) and writes it as
 * a PNG: opens the DAG, waits for its layout, selects a task, lets the window live a while, then snapshots.
 */
public final class HeadlessSnapshot {

    private static final long TIMEOUT_SECONDS = 180;
    private static final int SETTLE_FRAMES = 3;

    private final GuiServices services;

    public HeadlessSnapshot(GuiServices services) {
        this.services = services;
    }

    /** Takes the picture; {@code dag} is the opened DAG or null for an empty window. */
    public void take(SnapshotRequest request, Dag dag) throws IOException, InterruptedException {
        FxRuntime.useHeadless(request.width(), request.height());
        FxRuntime.start();
        ExecutorService layout = NamedThreads.single("cis-graph-layout");
        ExecutorService io = NamedThreads.single("cis-gui-io");
        try {
            FxRuntime.call(() -> render(request, dag, layout, io)).thenCompose(f -> f)
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IllegalStateException("the snapshot failed: " + cause, cause);
        } catch (TimeoutException e) {
            throw new IOException("the window was not ready within " + TIMEOUT_SECONDS + " s; no snapshot written");
        } finally {
            layout.shutdownNow();
            io.shutdownNow();
        }
    }

    private CompletableFuture<Void> render(SnapshotRequest r, Dag dag, ExecutorService layout, ExecutorService io) {
        MainWindowViewModel model = MainWindowViewModel.create(layout, Platform::runLater, services.clock());
        MainWindow window = MainWindow.create(model, services.dagOpener(), io);
        Stage stage = new Stage();
        WindowState d = WindowState.defaults();
        window.show(stage, new WindowState(0, 0, r.width(), r.height(), false, d.runsDivider(),
                d.inspectorDivider(), d.terminalDivider(), r.theme()), s -> { });
        CompletableFuture<?> shown = dag == null ? CompletableFuture.completedFuture(null) : model.openDag(dag);
        return shown.thenCompose(x -> {
            r.selectTask().ifPresent(model.graph()::select);
            return delay(r.afterSeconds());
        }).thenCompose(x -> frames(SETTLE_FRAMES)).thenRun(() -> {
            window.view().graphView().paintNow();
            try {
                PngImages.writeScene(window.scene(), r.output());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                stage.hide();
            }
        });
    }

    private static CompletableFuture<Void> delay(double seconds) {
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

    /** Completes on the FX thread after {@code n} animation frames, so layout and CSS have settled. */
    private static CompletableFuture<Void> frames(int n) {
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
}
