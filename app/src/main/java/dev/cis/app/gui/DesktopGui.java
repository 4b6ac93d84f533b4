package dev.cis.app.gui;

import dev.cis.core.concurrent.NamedThreads;
import dev.cis.ui.graph.ElkGraphLayouter;
import dev.cis.ui.graph.LayoutWarmUp;
import dev.cis.ui.main.ConnectionState;
import dev.cis.ui.window.MainWindow;
import dev.cis.ui.main.MainWindowViewModel;
import dev.cis.ui.main.WindowState;
import dev.cis.ui.main.WindowStateFile;
import dev.cis.ui.theme.Theme;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the main window on the desktop, connects it to the node and returns when it is closed. The JavaFX
 * toolkit stays up for the rest of the process (it cannot be started twice); the {@code cis} launcher ends the
 * process afterwards.
 */
public final class DesktopGui {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopGui.class);

    private final GuiServices services;

    public DesktopGui(GuiServices services) {
        this.services = services;
    }

    /**
     * Shows the window (in {@code theme} when given, else the remembered one), connects it to the node, runs
     * {@code dagFile} when given (selecting {@code select} in its run), and waits until the person closes it.
     */
    public void run(Optional<Path> dagFile, Optional<String> select, Optional<Theme> theme)
            throws InterruptedException {
        // the layout code gets loaded and compiled while the toolkit starts, the window opens and the node connects
        ElkGraphLayouter layouter = new ElkGraphLayouter();
        LayoutWarmUp warmUp = LayoutWarmUp.start(layouter);
        FxRuntime.start();
        ExecutorService layout = NamedThreads.single("cis-graph-layout");
        ExecutorService io = NamedThreads.cached("cis-gui-io");
        WindowStateFile settings = WindowStateFile.under(services.cisHome());
        CompletableFuture<WindowState> closed = new CompletableFuture<>();
        CompletableFuture<LiveLink> opening = null;
        try {
            MainWindow window = FxRuntime.call(() -> {
                MainWindowViewModel model = MainWindowViewModel.create(layouter, layout, Platform::runLater,
                        services.clock());
                MainWindow w = MainWindow.create(model, services.dagOpener(), io);
                WindowState state = settings.load().orElse(WindowState.defaults());
                w.show(new Stage(), theme.map(t -> withTheme(state, t)).orElse(state), closed::complete);
                return w;
            }).get();
            opening = connect(window, io, closed, dagFile, select);
            settings.save(closed.get());
        } catch (ExecutionException e) {
            throw new IllegalStateException("the window could not be opened: " + e.getCause(), e.getCause());
        } finally {
            warmUp.stop();
            layout.shutdownNow();
            // a connection still being opened is waited for, so that it is closed too and nothing of it
            // goes on writing under the cis home after the window is gone
            LiveLink l = opened(opening);
            if (l != null) {
                l.close();
            }
            io.shutdownNow();
        }
    }

    private static LiveLink opened(CompletableFuture<LiveLink> opening) {
        if (opening == null) {
            return null;
        }
        try {
            return opening.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("the node connection did not open: {}", e.toString());
            return null;
        }
    }

    private CompletableFuture<LiveLink> connect(MainWindow window, ExecutorService io,
            CompletableFuture<WindowState> closed, Optional<Path> dagFile, Optional<String> select) {
        CompletableFuture<LiveLink> opening = CompletableFuture.supplyAsync(() -> {
            try {
                return LiveLink.open(services, io);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, io);
        opening.whenCompleteAsync((l, error) -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                LOG.warn("cannot connect to the node: {}", cause.getMessage());
                window.model().setNodeState(ConnectionState.DISCONNECTED, "not connected (" + cause.getMessage()
                        + ")");
                window.model().statusMessageProperty().set("Cannot connect to the node: " + cause.getMessage());
                return;
            }
            if (closed.isDone()) {
                return; // closed by run() when the window is gone
            }
            var dashboard = window.connect(l.services());
            dagFile.ifPresent(f -> window.runDag(f).thenAccept(
                    runId -> select.ifPresent(task -> dashboard.reveal(runId, task))));
        }, Platform::runLater);
        return opening;
    }

    private static WindowState withTheme(WindowState s, Theme theme) {
        return new WindowState(s.x(), s.y(), s.width(), s.height(), s.maximized(), s.runsDivider(),
                s.inspectorDivider(), s.terminalDivider(), theme);
    }
}
