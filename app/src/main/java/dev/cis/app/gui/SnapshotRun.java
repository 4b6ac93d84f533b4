package dev.cis.app.gui;

import dev.cis.ui.live.LiveServices;
import dev.cis.ui.window.MainWindow;
import dev.cis.ui.main.MainWindowViewModel;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The run a snapshot shows: starts the DAG on the window's node, waits until its graph is shown, lets it run
 * {@code --after} seconds, then selects the task and opens its terminal, waiting until both show something.
 * Runs on the FX thread.
 */
final class SnapshotRun {

    private static final double SHOW_SECONDS = 120;
    private static final double CONTENT_SECONDS = 10;

    private final MainWindow window;
    private final LiveServices services;
    private final SnapshotRequest request;

    SnapshotRun(MainWindow window, LiveServices services, SnapshotRequest request) {
        this.window = window;
        this.services = services;
        this.request = request;
    }

    CompletableFuture<Void> play() {
        Path file = request.dagFile().orElseThrow();
        window.connect(services);
        MainWindowViewModel model = window.model();
        return window.runDag(file)
                .thenCompose(runId -> FxFrames.until(() -> shows(model, runId), SHOW_SECONDS, "showing run " + runId)
                        .thenApply(x -> runId))
                .thenCompose(runId -> FxFrames.delay(request.afterSeconds()).thenApply(x -> runId))
                .thenCompose(runId -> request.selectTask().map(task -> select(runId, task))
                        .orElseGet(() -> CompletableFuture.completedFuture(null)));
    }

    private static boolean shows(MainWindowViewModel model, String runId) {
        return runId.equals(model.runs().selectedRunIdProperty().get()) && model.graph().dagProperty().get() != null
                && model.graph().layoutProperty().get() != null;
    }

    private CompletableFuture<Void> select(String runId, String task) {
        MainWindowViewModel model = window.model();
        window.dashboard().orElseThrow().reveal(runId, task);
        boolean started = model.graph().state(task).map(s -> s.attempt() > 0).orElse(false);
        if (!started) {
            return FxFrames.frames(2);
        }
        return window.openTerminal(runId, task)
                .thenCompose(w -> w == null ? CompletableFuture.<Void>completedFuture(null)
                        : FxFrames.until(() -> !w.screenText().isBlank(), CONTENT_SECONDS, "terminal output"))
                .exceptionally(e -> null)
                .thenCompose(x -> FxFrames.until(() -> !model.inspector().attempts().isEmpty(), CONTENT_SECONDS,
                        "the attempts of " + task))
                .exceptionally(e -> null);
    }
}
