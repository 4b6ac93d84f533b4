package dev.cis.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.dag.Dag;
import dev.cis.core.model.TaskStatus;
import dev.cis.ui.testing.Fx;
import dev.cis.ui.testing.TestDags;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A 2,000-task graph: drawn as small rectangles of status colour when zoomed out, without animation frames. */
@ExtendWith(ApplicationExtension.class)
class LargeGraphDrawingTest {

    private static final Dag BIG = TestDags.layered(2000, 3000, 40, 7);

    private final ExecutorService layout = Executors.newSingleThreadExecutor();
    private GraphViewModel model;
    private GraphView view;

    @Start
    void start(Stage stage) {
        model = new GraphViewModel(new ElkGraphLayouter(), layout, Platform::runLater);
        view = new GraphView(model);
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        layout.shutdownNow();
    }

    private void openAndFit() throws Exception {
        Fx.get(() -> model.setDag(BIG)).get(120, TimeUnit.SECONDS);
        Fx.run(() -> {
            view.fit();
            view.paintNow();
        });
    }

    private Color centreOf(String taskId) {
        return Fx.get(() -> {
            view.paintNow();
            Bounds b = view.taskBounds(taskId).orElseThrow();
            // the canvas alone: the legend and the zoom buttons lie over parts of it
            WritableImage image = view.lookup(".graph-canvas").snapshot(null, null);
            return image.getPixelReader().getColor((int) b.getCenterX(), (int) b.getCenterY());
        });
    }

    /** Waits for {@code pulses} FX pulses. */
    private static void pulses(int pulses) throws InterruptedException {
        CountDownLatch left = new CountDownLatch(pulses);
        AnimationTimer counter = Fx.get(() -> {
            AnimationTimer t = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    left.countDown();
                }
            };
            t.start();
            return t;
        });
        assertThat(left.await(30, TimeUnit.SECONDS)).isTrue();
        Fx.run(counter::stop);
    }

    @Test
    void zoomedOutEveryTaskIsARectangleOfItsStatusColour() throws Exception {
        openAndFit();
        assertThat(Fx.get(() -> view.viewport().zoom())).isLessThan(0.12);
        Fx.run(() -> {
            model.applyTaskStatus("t1500", TaskStatus.BLOCKED, 1, Instant.now(), null);
            model.applyTaskStatus("t20", TaskStatus.FAILED, 1, Instant.now(), Instant.now());
        });
        GraphPalette palette = GraphPalette.light();
        assertThat(centreOf("t1500")).isEqualTo(palette.statusColor(TaskStatus.BLOCKED));
        // t20's neighbours in its layer are closer than a pixel: a failed task is drawn over pending ones
        assertThat(centreOf("t20")).isEqualTo(palette.statusColor(TaskStatus.FAILED));
        assertThat(centreOf("t700")).isEqualTo(palette.statusColor(TaskStatus.PENDING));
    }

    @Test
    void runningTasksAnimateOnlyWhenDrawnAsCards() throws Exception {
        openAndFit();
        Fx.run(() -> {
            for (int i = 0; i < 500; i++) {
                model.applyTaskStatus("t" + i, TaskStatus.RUNNING, 1, Instant.now(), null);
            }
        });
        pulses(3);
        long before = Fx.get(view::paintedFrames);
        pulses(30);
        assertThat(Fx.get(view::paintedFrames)).isEqualTo(before);

        Fx.run(() -> {
            view.viewport().zoomBy(1 / view.viewport().zoom(), 0, 0);
            view.centerOn("t100");
        });
        pulses(3);
        long atFullSize = Fx.get(view::paintedFrames);
        pulses(30);
        assertThat(Fx.get(view::paintedFrames)).as("running tasks pulse at 100 %").isGreaterThan(atFullSize + 5);
    }
}
