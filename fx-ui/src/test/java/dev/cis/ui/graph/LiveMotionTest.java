package dev.cis.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.model.TaskStatus;
import dev.cis.ui.testing.Fx;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The shapes that move on running and blocked tasks: only for tasks in view, fewer frames when many move. */
@ExtendWith(ApplicationExtension.class)
class LiveMotionTest {

    /** Three cards in a row, 300 apart, and one far below. */
    private static final GraphLayout LAYOUT = new GraphLayout(new double[] {0, 300, 600, 0},
            new double[] {0, 0, 0, 5000}, new double[] {208, 208, 208, 208}, new double[] {56, 56, 56, 56},
            List.of(), 808, 5056);

    private final LiveMotion motion = new LiveMotion();
    private final GraphViewport viewport = new GraphViewport();

    @Start
    void start(Stage stage) {
        // nothing to show: the shapes are looked at directly
    }

    private int update(TaskStatus... statuses) {
        return Fx.get(() -> motion.update(LAYOUT, viewport, viewport.visibleWorld(1000, 600), GraphPalette.light(),
                i -> statuses[i], 0.4));
    }

    private static List<Rectangle> shown(Node group) {
        return ((Group) group).getChildren().stream().filter(Node::isVisible).map(Rectangle.class::cast).toList();
    }

    @Test
    void aRunningTaskGetsAHaloAndABarABlockedTaskAHalo() {
        int moving = update(TaskStatus.RUNNING, TaskStatus.COMPLETED, TaskStatus.BLOCKED, TaskStatus.PENDING);
        assertThat(moving).isEqualTo(2);
        List<Rectangle> halos = shown(motion.under());
        assertThat(halos).hasSize(2);
        assertThat(halos.get(0).getX()).isLessThan(0);
        assertThat(halos.get(1).getX()).isBetween(590.0, 600.0);
        assertThat(halos.get(1).getStroke()).isNotNull();
        List<Rectangle> bars = shown(motion.over());
        assertThat(bars).hasSize(1);
        assertThat(bars.get(0).getX()).isBetween(0.0, 208.0);
        assertThat(bars.get(0).getY()).isBetween(40.0, 56.0);
    }

    @Test
    void tasksOutOfViewGetNoShapes() {
        assertThat(update(TaskStatus.PENDING, TaskStatus.PENDING, TaskStatus.PENDING, TaskStatus.BLOCKED)).isZero();
        assertThat(shown(motion.under())).isEmpty();
        assertThat(motion.showing()).isFalse();
    }

    @Test
    void shapesOfTasksThatStoppedAreHidden() {
        update(TaskStatus.RUNNING, TaskStatus.RUNNING, TaskStatus.BLOCKED, TaskStatus.PENDING);
        update(TaskStatus.COMPLETED, TaskStatus.RUNNING, TaskStatus.FAILED, TaskStatus.PENDING);
        assertThat(shown(motion.under())).hasSize(1);
        assertThat(shown(motion.over())).hasSizeLessThanOrEqualTo(1);
        update(TaskStatus.COMPLETED, TaskStatus.COMPLETED, TaskStatus.COMPLETED, TaskStatus.COMPLETED);
        assertThat(shown(motion.under())).isEmpty();
        assertThat(shown(motion.over())).isEmpty();
        assertThat(motion.showing()).isFalse();
    }

    @Test
    void aBlockedHaloPulsesWiderThanARunningOne() {
        double widest = 0;
        double runningWidest = 0;
        for (double t = 0; t < 2; t += 0.05) {
            double seconds = t;
            Fx.run(() -> motion.update(LAYOUT, viewport, viewport.visibleWorld(1000, 600), GraphPalette.light(),
                    i -> i == 0 ? TaskStatus.BLOCKED : i == 1 ? TaskStatus.RUNNING : TaskStatus.PENDING, seconds));
            widest = Math.max(widest, shown(motion.under()).get(0).getStrokeWidth());
            runningWidest = Math.max(runningWidest, shown(motion.under()).get(1).getStrokeWidth());
        }
        assertThat(widest).isGreaterThan(runningWidest);
        assertThat(widest).isLessThanOrEqualTo(CardPainter.HALO);
    }

    @Test
    void motionSlowsDownWhenManyTasksMove() {
        update(TaskStatus.RUNNING, TaskStatus.RUNNING, TaskStatus.RUNNING, TaskStatus.PENDING);
        long few = motion.frameNanos();
        assertThat(few).isLessThanOrEqualTo(40_000_000L);
        GraphLayout many = manyCards(400);
        Fx.run(() -> motion.update(many, viewport, viewport.visibleWorld(100_000, 100_000), GraphPalette.light(),
                i -> TaskStatus.RUNNING, 0.4));
        assertThat(motion.frameNanos()).isGreaterThan(few * 4).isLessThanOrEqualTo(250_000_000L);
    }

    private static GraphLayout manyCards(int n) {
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i % 20) * 260;
            y[i] = (i / 20) * 78;
            w[i] = 208;
            h[i] = 56;
        }
        return new GraphLayout(x, y, w, h, List.of(), 20 * 260, n / 20 * 78);
    }
}
