package dev.cis.ui.testing;

import dev.cis.core.model.TaskStatus;
import dev.cis.ui.graph.GraphView;
import dev.cis.ui.graph.TaskState;
import dev.cis.ui.live.LiveDashboard;
import dev.cis.ui.window.MainWindow;
import dev.cis.ui.main.MainWindowViewModel;
import dev.cis.ui.main.WindowState;
import dev.cis.ui.theme.Theme;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The main window connected to a real in-process node, for robot tests. Create in {@code @Start}. */
public final class LiveWindow implements AutoCloseable {

    private final LiveNode node;
    private final ExecutorService layout = Executors.newSingleThreadExecutor();
    private final MainWindowViewModel model;
    private final MainWindow window;

    private LiveWindow(Stage stage, LiveNode node) {
        this.node = node;
        model = MainWindowViewModel.create(layout, Platform::runLater, Clock.systemUTC());
        window = MainWindow.create(model, Optional.empty(), node.services().io());
        WindowState d = WindowState.defaults();
        window.show(stage, new WindowState(0, 0, 1200, 760, false, d.runsDivider(), d.inspectorDivider(),
                d.terminalDivider(), Theme.LIGHT), s -> { });
        window.connect(node.services());
    }

    /** Shows the window on {@code stage}, connected to a new node on {@code home}. Call on the FX thread. */
    public static LiveWindow show(Stage stage, Path home) throws Exception {
        return new LiveWindow(stage, LiveNode.open(home));
    }

    public LiveNode node() {
        return node;
    }

    public MainWindowViewModel model() {
        return model;
    }

    public MainWindow window() {
        return window;
    }

    public GraphView graph() {
        return window.view().graphView();
    }

    /** Runs a DAG file through the window and waits until its run is shown and laid out. */
    public String run(Path dagFile) throws Exception {
        String runId = Fx.get(() -> window.runDag(dagFile)).get(60, TimeUnit.SECONDS);
        Fx.await(60, "run " + runId + " shown", () -> runId.equals(model.runs().selectedRunIdProperty().get())
                && model.graph().layoutProperty().get() != null);
        return runId;
    }

    /** The status of a task of the shown run. */
    public TaskStatus status(String taskId) {
        return Fx.get(() -> model.graph().state(taskId).map(TaskState::status).orElse(null));
    }

    /** Waits until a task of the shown run is in {@code status}. */
    public void awaitStatus(String taskId, TaskStatus status, double seconds) {
        Fx.await(seconds, taskId + " " + status.wireName(), () -> model.graph().state(taskId)
                .map(s -> s.status() == status).orElse(false));
    }

    /** Where a task of the graph is on the screen (its centre), after bringing it into view. */
    public Point2D onScreen(String taskId) {
        return Fx.get(() -> {
            graph().fit(); // a fit still pending from the layout would move the task after this
            graph().centerOn(taskId);
            graph().paintNow();
            Bounds b = graph().taskBounds(taskId).orElseThrow();
            return graph().localToScreen(b.getCenterX(), b.getCenterY());
        });
    }

    /**
     * The task's card as drawn now, cut from a snapshot of the graph (after bringing it into view), with the
     * zoom it was drawn at.
     */
    public TaskPicture picture(String taskId) {
        onScreen(taskId);
        return Fx.get(() -> {
            graph().paintNow();
            Bounds b = graph().taskBounds(taskId).orElseThrow();
            WritableImage image = graph().snapshot(null, null);
            return TaskPicture.cut(image, b, graph().viewport().zoom());
        });
    }

    @Override
    public void close() {
        Fx.run(() -> {
            window.dashboard().ifPresent(LiveDashboard::close);
            window.terminals().ifPresent(t -> t.closeAll());
            // notices outlive the test on the stage the tests share
            List.copyOf(Window.getWindows()).stream().filter(w -> w instanceof PopupWindow).forEach(Window::hide);
        });
        node.close();
        layout.shutdownNow();
    }
}
