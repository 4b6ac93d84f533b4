package dev.cis.ui.window;

import dev.cis.ui.main.MainWindowView;
import dev.cis.ui.main.WindowState;
import dev.cis.ui.main.MainWindowViewModel;
import dev.cis.ui.main.DagFileOpener;
import dev.cis.ui.icons.AppIcon;
import dev.cis.ui.live.LiveDashboard;
import dev.cis.ui.main.LiveControls;
import dev.cis.ui.live.LiveServices;
import dev.cis.ui.notify.Notifier;
import dev.cis.ui.notify.PopupNotifier;
import dev.cis.ui.terminal.CisTerminalWidget;
import dev.cis.ui.terminal.TerminalOpener;
import dev.cis.ui.terminal.TerminalTabsView;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window: loads {@code MainWindow.fxml} with its view, applies the theme, and puts it on a stage
 * with the remembered size, position and dividers.
 */
public final class MainWindow {

    private final MainWindowViewModel model;
    private final MainWindowView view;
    private final Scene scene;
    private LiveControls live;
    private LiveDashboard dashboard;

    private MainWindow(MainWindowViewModel model, MainWindowView view, Scene scene) {
        this.model = model;
        this.view = view;
        this.scene = scene;
    }

    /**
     * Builds the window's scene. {@code opener} reads DAG files for the "Open DAG" button (hidden when empty);
     * {@code io} runs file reading off the UI thread. Call on the FX thread.
     */
    public static MainWindow create(MainWindowViewModel model, Optional<DagFileOpener> opener, Executor io) {
        MainWindowView view = new MainWindowView(model, opener, io);
        FXMLLoader loader = new FXMLLoader(MainWindowView.class.getResource("MainWindow.fxml"));
        loader.setController(view);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load MainWindow.fxml", e);
        }
        Scene scene = new Scene(view.root(), WindowState.defaults().width(), WindowState.defaults().height());
        scene.getStylesheets().add(MainWindowView.class.getResource("main-window.css").toExternalForm());
        model.themeProperty().get().apply();
        model.themeProperty().addListener((obs, old, t) -> t.apply());
        if (opener.isPresent()) {
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                    () -> view.openButtonFire());
        }
        return new MainWindow(model, view, scene);
    }

    /**
     * Shows the window on {@code stage} as {@code state} describes it; {@code onHidden} receives the state to
     * remember when the window closes.
     */
    public void show(Stage stage, WindowState state, Consumer<WindowState> onHidden) {
        model.themeProperty().set(state.theme());
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.getIcons().setAll(AppIcon.images());
        stage.setMinWidth(WindowState.MIN_WIDTH);
        stage.setMinHeight(WindowState.MIN_HEIGHT);
        stage.setWidth(Math.max(WindowState.MIN_WIDTH, state.width()));
        stage.setHeight(Math.max(WindowState.MIN_HEIGHT, state.height()));
        if (state.hasPosition() && onSomeScreen(state)) {
            stage.setX(state.x());
            stage.setY(state.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(state.maximized());
        applyDividers(state);
        stage.setOnHidden(e -> onHidden.accept(currentState(stage)));
        stage.show();
        Platform.runLater(() -> applyDividers(state));
    }

    /**
     * Connects the window to a node: live runs, terminals and actions. The dashboard follows the node while the
     * window shows. Call once, on the FX thread.
     */
    public LiveDashboard connect(LiveServices services) {
        return connect(services, new PopupNotifier(scene::getWindow));
    }

    /** Connects the window to a node, showing notices with {@code notifier}. */
    public LiveDashboard connect(LiveServices services, Notifier notifier) {
        if (dashboard != null) {
            throw new IllegalStateException("the window is already connected to a node");
        }
        model.actions().connect(services.node(), services.loader(), services.recent(), services.io());
        live = new LiveControls(model, view, new TerminalOpener(services.node(), services.store(), services.io()));
        live.install(scene);
        dashboard = new LiveDashboard(model, services, Platform::runLater, notifier, live::openTerminal);
        dashboard.bindTo(scene.windowProperty().flatMap(Window::showingProperty).orElse(false));
        return dashboard;
    }

    /** Checks a DAG file and runs it on the connected node; completes with the new run's id. */
    public CompletableFuture<String> runDag(Path file) {
        requireLive();
        return live.runDag(file);
    }

    /** Opens a task's terminal in a tab; completes with its widget (null when it has none to show). */
    public CompletableFuture<CisTerminalWidget> openTerminal(String runId, String taskId) {
        requireLive();
        return live.openTerminal(runId, taskId);
    }

    /** The terminal tabs; present once connected. */
    public Optional<TerminalTabsView> terminals() {
        return Optional.ofNullable(live).map(LiveControls::terminals);
    }

    /** The live dashboard; present once connected. */
    public Optional<LiveDashboard> dashboard() {
        return Optional.ofNullable(dashboard);
    }

    private void requireLive() {
        if (live == null) {
            throw new IllegalStateException("the window is not connected to a node");
        }
    }

    private void applyDividers(WindowState state) {
        view.mainSplit().setDividerPositions(state.runsDivider(), state.inspectorDivider());
        view.verticalSplit().setDividerPositions(state.terminalDivider());
    }

    private static boolean onSomeScreen(WindowState s) {
        return !Screen.getScreensForRectangle(new Rectangle2D(s.x(), s.y(), Math.max(1, s.width()),
                Math.max(1, s.height()))).isEmpty();
    }

    /** What the window looks like now, to remember. */
    public WindowState currentState(Stage stage) {
        double[] main = view.mainSplit().getDividerPositions();
        double[] vertical = view.verticalSplit().getDividerPositions();
        return new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                main.length > 0 ? main[0] : WindowState.defaults().runsDivider(),
                main.length > 1 ? main[1] : WindowState.defaults().inspectorDivider(),
                vertical.length > 0 ? vertical[0] : WindowState.defaults().terminalDivider(),
                model.themeProperty().get());
    }

    public Scene scene() {
        return scene;
    }

    public MainWindowView view() {
        return view;
    }

    public MainWindowViewModel model() {
        return model;
    }
}
