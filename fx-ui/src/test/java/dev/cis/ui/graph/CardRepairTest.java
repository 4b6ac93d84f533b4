package dev.cis.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.dag.Dag;
import dev.cis.core.model.TaskStatus;
import dev.cis.ui.testing.Fx;
import dev.cis.ui.testing.TestDags;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Cards that change are mended in place: the picture is the same, pixel for pixel, as when every card is drawn
 * again, whether the mended areas stand apart (zoomed in) or reach into their neighbours (zoomed out, where the
 * selection frame and the borders are wide).
 */
@ExtendWith(ApplicationExtension.class)
class CardRepairTest {

    private static final Dag DAG = TestDags.layered(300, 450, 20, 5);
    private static final TaskStatus[] STILL = {TaskStatus.FAILED, TaskStatus.COMPLETED, TaskStatus.SKIPPED,
        TaskStatus.WAITING_APPROVAL, TaskStatus.READY, TaskStatus.CANCELLED, TaskStatus.RETRYING};

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

    private void showAt(double zoom) throws Exception {
        Fx.get(() -> model.setDag(DAG)).get(120, TimeUnit.SECONDS);
        Fx.run(() -> {
            view.fit(); // done now, not in a later layout pass
            view.viewport().zoomBy(zoom / view.viewport().zoom(), 0, 0);
            view.centerOn("t150");
            model.select("t150");
            view.paintNow();
        });
    }

    /** Changes the status of every {@code step}-th task (statuses that do not move) and waits for the frame. */
    private void changeEvery(int step) {
        long before = Fx.get(view::paintedFrames);
        Fx.run(() -> {
            for (int i = 0; i < DAG.tasks().size(); i += step) {
                model.applyTaskStatus("t" + i, STILL[(i / step) % STILL.length], 1, null, null);
            }
        });
        Fx.await(10, "a frame with the changes", () -> view.paintedFrames() > before);
    }

    private WritableImage picture() {
        return Fx.get(() -> view.lookup(".graph-canvas").snapshot(null, null));
    }

    private static int differentPixels(WritableImage a, WritableImage b) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int different = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    different++;
                }
            }
        }
        return different;
    }

    private void assertMendedLikeRedrawn(double zoom) throws Exception {
        showAt(zoom);
        assertThat(Fx.get(() -> view.viewport().zoom())).isEqualTo(zoom);
        changeEvery(3);
        changeEvery(2);
        WritableImage mended = picture();
        Fx.run(view::paintNow);
        WritableImage redrawn = picture();
        assertThat(differentPixels(mended, redrawn)).isZero();
    }

    @Test
    void mendedCardsLookAsIfEveryCardWereDrawnAgain() throws Exception {
        assertMendedLikeRedrawn(1.0);
    }

    @Test
    void mendedCardsReachingIntoTheirNeighboursLookAsIfEveryCardWereDrawnAgain() throws Exception {
        assertThat(CardPainter.margin(0.14) * 2).as("the areas of neighbours overlap at this zoom")
                .isGreaterThan(22);
        assertMendedLikeRedrawn(0.14);
    }

    @Test
    void aChangedCardShowsItsNewStatus() throws Exception {
        showAt(1.0);
        Fx.run(() -> model.applyTaskStatus("t150", TaskStatus.FAILED, 1, null, null));
        Fx.await(10, "t150 drawn red", () -> {
            var b = view.taskBounds("t150").orElseThrow();
            WritableImage image = view.lookup(".graph-canvas").snapshot(null, null);
            // the status stripe on the card's left
            return image.getPixelReader().getColor((int) b.getMinX() + 3, (int) b.getCenterY())
                    .equals(GraphPalette.light().statusColor(TaskStatus.FAILED));
        });
    }
}
