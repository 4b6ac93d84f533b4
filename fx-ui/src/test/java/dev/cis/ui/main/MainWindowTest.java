package dev.cis.ui.main;

import dev.cis.ui.window.MainWindow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.dag.Dag;
import dev.cis.core.model.TaskStatus;
import dev.cis.ui.graph.GraphLayout;
import dev.cis.ui.graph.GraphPalette;
import dev.cis.ui.graph.GraphView;
import dev.cis.ui.testing.TestDags;
import dev.cis.ui.theme.Theme;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final Dag FLOW = TestDags.of("flow", "plan", "build:plan", "lint:plan", "ship:build,lint");

    private final ExecutorService layout = Executors.newSingleThreadExecutor();
    private final AtomicReference<WindowState> closedWith = new AtomicReference<>();
    private MainWindowViewModel model;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = MainWindowViewModel.create(layout, Platform::runLater, Clock.systemUTC());
        window = MainWindow.create(model, Optional.empty(), Runnable::run);
        WindowState d = WindowState.defaults();
        window.show(stage, new WindowState(0, 0, 1200, 760, false, d.runsDivider(), d.inspectorDivider(),
                d.terminalDivider(), Theme.LIGHT), closedWith::set);
    }

    @AfterEach
    void stopLayout() {
        layout.shutdownNow();
    }

    private GraphView graph() {
        return window.view().graphView();
    }

    private void open(FxRobot robot, Dag dag) throws Exception {
        AtomicReference<CompletableFuture<GraphLayout>> laidOut = new AtomicReference<>();
        robot.interact(() -> laidOut.set(model.openDag(dag)));
        laidOut.get().get(90, TimeUnit.SECONDS);
        robot.interact(() -> graph().paintNow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Color stripeColor(FxRobot robot, String taskId) {
        AtomicReference<Color> c = new AtomicReference<>();
        robot.interact(() -> {
            graph().paintNow();
            Bounds b = graph().taskBounds(taskId).orElseThrow();
            WritableImage image = graph().snapshot(null, null);
            double zoom = graph().viewport().zoom();
            c.set(image.getPixelReader().getColor((int) (b.getMinX() + 2.5 * zoom), (int) b.getCenterY()));
        });
        return c.get();
    }

    private static void assertSameColor(Color actual, Color expected) {
        assertThat(actual.getRed()).isCloseTo(expected.getRed(), org.assertj.core.data.Offset.offset(0.06));
        assertThat(actual.getGreen()).isCloseTo(expected.getGreen(), org.assertj.core.data.Offset.offset(0.06));
        assertThat(actual.getBlue()).isCloseTo(expected.getBlue(), org.assertj.core.data.Offset.offset(0.06));
    }

    @Test
    void theWindowOpensWithItsMinimumSize(FxRobot robot) {
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getMinWidth()).isEqualTo(WindowState.MIN_WIDTH);
        assertThat(stage.getMinHeight()).isEqualTo(WindowState.MIN_HEIGHT);
        assertThat(stage.getWidth()).isGreaterThanOrEqualTo(WindowState.MIN_WIDTH);
        assertThat(robot.lookup("#terminal-empty").queryAs(javafx.scene.layout.VBox.class).isVisible()).isTrue();
    }

    @Test
    void aDagsTasksAppearAsNodesLaidOutLeftToRight(FxRobot robot) throws Exception {
        open(robot, FLOW);
        double plan = graph().taskBounds("plan").orElseThrow().getMaxX();
        Bounds build = graph().taskBounds("build").orElseThrow();
        Bounds lint = graph().taskBounds("lint").orElseThrow();
        Bounds ship = graph().taskBounds("ship").orElseThrow();
        assertThat(build.getMinX()).isGreaterThan(plan);
        assertThat(lint.getMinX()).isGreaterThan(plan);
        assertThat(ship.getMinX()).isGreaterThan(Math.max(build.getMaxX(), lint.getMaxX()));
        assertThat(robot.lookup("#dag-title").queryAs(Label.class).getText()).isEqualTo("flow");
        assertSameColor(stripeColor(robot, "ship"), GraphPalette.light().statusColor(TaskStatus.PENDING));
    }

    @Test
    void applyingAStatusRecoloursItsNode(FxRobot robot) throws Exception {
        open(robot, FLOW);
        robot.interact(() -> {
            model.graph().applyTaskStatus("build", TaskStatus.FAILED, 1, Instant.now().minusSeconds(5), Instant.now());
            model.graph().applyTaskStatus("lint", TaskStatus.BLOCKED, 1, Instant.now(), null);
        });
        assertSameColor(stripeColor(robot, "build"), GraphPalette.light().statusColor(TaskStatus.FAILED));
        assertSameColor(stripeColor(robot, "lint"), GraphPalette.light().statusColor(TaskStatus.BLOCKED));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-blocked").queryAs(Label.class).getText()).isEqualTo("1 task needs you");
    }

    @Test
    void clickingANodeSelectsItAndTheInspectorShowsIt(FxRobot robot) throws Exception {
        open(robot, FLOW);
        robot.interact(() -> model.graph().applyTaskStatus("build", TaskStatus.RUNNING, 2, Instant.now(), null));
        Bounds b = graph().taskBounds("build").orElseThrow();
        Point2D onScreen = graph().localToScreen(b.getCenterX(), b.getCenterY());
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.graph().selectedTaskIdProperty().get()).isEqualTo("build");
        assertThat(robot.lookup("#inspector-name").queryAs(Label.class).getText()).isEqualTo("build");
        assertThat(robot.lookup("#inspector-status").queryAs(Label.class).getText()).isEqualTo("Running");
        assertThat(robot.lookup("#inspector-attempt").queryAs(Label.class).getText()).isEqualTo("2 of 3");
    }

    @Test
    void clickingEmptySpaceClearsTheSelection(FxRobot robot) throws Exception {
        open(robot, FLOW);
        robot.interact(() -> model.graph().select("plan"));
        Point2D corner = graph().localToScreen(graph().getWidth() - 20, graph().getHeight() / 2 + 150);
        robot.clickOn(corner);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.graph().selectedTaskIdProperty().get()).isNull();
    }

    @Test
    void keysAndButtonsZoomAndFitTheViewport(FxRobot robot) throws Exception {
        open(robot, FLOW);
        double fitted = graph().viewport().zoom();
        robot.interact(() -> graph().focusGraph());
        robot.type(KeyCode.MINUS);
        assertThat(graph().viewport().zoom()).isLessThan(fitted);
        robot.clickOn("#zoom-in").clickOn("#zoom-in");
        assertThat(graph().viewport().zoom()).isGreaterThan(fitted);
        robot.interact(() -> graph().focusGraph());
        robot.type(KeyCode.F);
        assertThat(graph().viewport().zoom()).isEqualTo(fitted);
    }

    @Test
    void arrowKeysMoveTheSelectionAlongTheGraph(FxRobot robot) throws Exception {
        open(robot, FLOW);
        robot.interact(() -> {
            model.graph().select("plan");
            graph().focusGraph();
        });
        robot.type(KeyCode.RIGHT);
        assertThat(model.graph().selectedTaskIdProperty().get()).isIn("build", "lint");
        robot.type(KeyCode.RIGHT);
        assertThat(model.graph().selectedTaskIdProperty().get()).isEqualTo("ship");
    }

    @Test
    void theThemeToggleSwitchesToDark(FxRobot robot) throws Exception {
        open(robot, FLOW);
        robot.clickOn("#theme-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(window.view().root().getStyleClass()).contains("theme-dark");
        assertSameColor(stripeColor(robot, "plan"), GraphPalette.dark().statusColor(TaskStatus.PENDING));
    }

    @Test
    void aTwoThousandTaskGraphLaysOutAndRenders(FxRobot robot) throws Exception {
        open(robot, TestDags.layered(2000, 3000, 40, 7));
        assertThat(model.graph().layoutProperty().get().nodeCount()).isEqualTo(2000);
        assertThat(model.graph().layingOutProperty().get()).isFalse();
        robot.interact(() -> {
            for (int i = 0; i < 2000; i += 3) {
                model.graph().applyTaskStatus("t" + i, TaskStatus.COMPLETED, 1, null, null);
            }
        });
        long before = graph().paintedFrames();
        robot.interact(() -> {
            graph().viewport().zoomBy(1 / graph().viewport().zoom(), 0, 0);
            graph().centerOn("t999");
        });
        assertSameColor(stripeColor(robot, "t999"), GraphPalette.light().statusColor(TaskStatus.COMPLETED));
        robot.interact(() -> graph().centerOn("t998"));
        assertSameColor(stripeColor(robot, "t998"), GraphPalette.light().statusColor(TaskStatus.PENDING));
        assertThat(graph().paintedFrames()).isGreaterThan(before);
    }

    @Test
    void closingTheWindowHandsBackWhatToRemember(FxRobot robot) {
        robot.interact(() -> stage.hide());
        WindowState s = closedWith.get();
        assertThat(s).isNotNull();
        assertThat(s.width()).isEqualTo(1200);
        assertThat(s.theme()).isEqualTo(Theme.LIGHT);
        assertThat(s.runsDivider()).isBetween(0.1, 0.3);
    }
}
