package dev.cis.app.gui;

import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.dag.Dag;
import dev.cis.ui.main.MainWindow;
import dev.cis.ui.main.MainWindowViewModel;
import dev.cis.ui.main.WindowState;
import dev.cis.ui.main.WindowStateFile;
import dev.cis.ui.theme.Theme;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Opens the main window on the desktop and returns when it is closed. The JavaFX toolkit stays up for the
 * rest of the process (it cannot be started twice); the {@code cis} launcher ends the process afterwards.
 */
public final class DesktopGui {

    private final GuiServices services;

    public DesktopGui(GuiServices services) {
        this.services = services;
    }

    /**
     * Shows the window (with {@code dag} open when not null, {@code select} selected, in {@code theme} when
     * given, else the remembered one) and waits until the person closes it.
     */
    public void run(Dag dag, Optional<String> select, Optional<Theme> theme) throws InterruptedException {
        FxRuntime.start();
        ExecutorService layout = NamedThreads.single("cis-graph-layout");
        ExecutorService io = NamedThreads.single("cis-gui-io");
        WindowStateFile settings = WindowStateFile.under(services.cisHome());
        CompletableFuture<WindowState> closed = new CompletableFuture<>();
        try {
            FxRuntime.call(() -> {
                MainWindowViewModel model = MainWindowViewModel.create(layout, Platform::runLater, services.clock());
                MainWindow window = MainWindow.create(model, services.dagOpener(), io);
                WindowState state = settings.load().orElse(WindowState.defaults());
                if (theme.isPresent()) {
                    state = withTheme(state, theme.get());
                }
                if (dag != null) {
                    model.openDag(dag).thenRun(() -> select.ifPresent(model.graph()::select));
                }
                window.show(new Stage(), state, closed::complete);
                return window;
            }).get();
            settings.save(closed.get());
        } catch (ExecutionException e) {
            throw new IllegalStateException("the window could not be opened: " + e.getCause(), e.getCause());
        } finally {
            layout.shutdownNow();
            io.shutdownNow();
        }
    }

    private static WindowState withTheme(WindowState s, Theme theme) {
        return new WindowState(s.x(), s.y(), s.width(), s.height(), s.maximized(), s.runsDivider(),
                s.inspectorDivider(), s.terminalDivider(), theme);
    }
}
