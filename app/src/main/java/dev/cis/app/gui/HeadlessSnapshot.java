package dev.cis.app.gui;

import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.dag.Dag;
import dev.cis.core.node.NodeException;
import dev.cis.ui.window.MainWindow;
import dev.cis.ui.main.MainWindowViewModel;
import dev.cis.ui.main.WindowState;
import dev.cis.ui.snapshot.PngImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Renders the real main window without a display (Monocle headless, software rendering) and writes it as
 * a PNG. With a DAG file, the DAG really runs: in a node in this process on a fresh temporary cis home, so the
 * picture shows a run in progress; after {@code --after} seconds the task to select is selected and its
 * terminal opened. Without one, the empty window is drawn.
 */
public final class HeadlessSnapshot {

    private static final long TIMEOUT_SECONDS = 300;
    private static final int SETTLE_FRAMES = 3;

    private final GuiServices services;

    public HeadlessSnapshot(GuiServices services) {
        this.services = services;
    }

    /** Takes the picture; {@code dag} is the validated DAG of the request's file, or null for an empty window. */
    public void take(SnapshotRequest request, Dag dag) throws IOException, InterruptedException {
        FxRuntime.useHeadless(request.width(), request.height());
        FxRuntime.start();
        ExecutorService layout = NamedThreads.single("cis-graph-layout");
        ExecutorService io = NamedThreads.cached("cis-gui-io");
        Path home = null;
        LiveLink link = null;
        try {
            if (dag != null && request.dagFile().isPresent()) {
                home = Files.createTempDirectory("cis-snapshot-");
                link = openNode(home, io);
            }
            LiveLink l = link;
            FxRuntime.call(() -> render(request, dag, l, layout, io)).thenCompose(f -> f)
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
            if (link != null) {
                link.close();
            }
            layout.shutdownNow();
            io.shutdownNow();
            deleteQuietly(home);
        }
    }

    private LiveLink openNode(Path home, ExecutorService io) throws IOException {
        try {
            return LiveLink.open(services.withCisHome(home).withNodes(InProcessNode::open), io);
        } catch (NodeException e) {
            throw new IOException("cannot start a node to run the DAG: " + e.getMessage(), e);
        }
    }

    private CompletableFuture<Void> render(SnapshotRequest r, Dag dag, LiveLink link, ExecutorService layout,
            ExecutorService io) {
        MainWindowViewModel model = MainWindowViewModel.create(layout, Platform::runLater, services.clock());
        MainWindow window = MainWindow.create(model, services.dagOpener(), io);
        Stage stage = new Stage();
        WindowState d = WindowState.defaults();
        window.show(stage, new WindowState(0, 0, r.width(), r.height(), false, d.runsDivider(),
                d.inspectorDivider(), d.terminalDivider(), r.theme()), s -> { });
        CompletableFuture<?> ready = link == null ? still(r, dag, model)
                : new SnapshotRun(window, link.services(), r).play();
        return ready.thenCompose(x -> FxFrames.frames(SETTLE_FRAMES)).thenRun(() -> {
            window.view().graphView().paintNow();
            try {
                PngImages.writeScene(window.scene(), r.output());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                window.dashboard().ifPresent(x -> x.close());
                window.terminals().ifPresent(t -> t.closeAll());
                stage.hide();
            }
        });
    }

    /** The window showing a DAG that does not run (or nothing). */
    private static CompletableFuture<Void> still(SnapshotRequest r, Dag dag, MainWindowViewModel model) {
        CompletableFuture<?> shown = dag == null ? CompletableFuture.completedFuture(null) : model.openDag(dag);
        return shown.thenCompose(x -> {
            r.selectTask().ifPresent(model.graph()::select);
            return FxFrames.delay(r.afterSeconds());
        });
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
