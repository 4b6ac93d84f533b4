package dev.cis.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.dag.Dag;
import dev.cis.ui.testing.Fx;
import dev.cis.ui.testing.TestDags;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** While a DAG is laid out the graph says so; a spinner turns only when that lasts. */
@ExtendWith(ApplicationExtension.class)
class LayingOutTest {

    private final CompletableFuture<Void> gate = new CompletableFuture<>();
    private final ExecutorService layout = Executors.newSingleThreadExecutor();
    private GraphViewModel model;
    private GraphView view;

    @Start
    void start(Stage stage) {
        ElkGraphLayouter elk = new ElkGraphLayouter();
        GraphLayouter held = dag -> {
            gate.join();
            return elk.layout(dag);
        };
        model = new GraphViewModel(held, layout, Platform::runLater);
        view = new GraphView(model);
        stage.setScene(new Scene(view, 600, 400));
        stage.show();
    }

    @AfterEach
    void stop() {
        gate.complete(null);
        layout.shutdownNow();
    }

    private boolean spinnerShown() {
        Node spinner = view.lookup(".progress-indicator");
        return spinner instanceof ProgressIndicator && spinner.isVisible() && spinner.getParent().isVisible();
    }

    @Test
    void aSpinnerTurnsOnlyOnceTheLayoutHasLastedASecond() throws Exception {
        Dag dag = TestDags.of("flow", "a", "b:a");
        long start = System.nanoTime();
        CompletableFuture<GraphLayout> applied = Fx.get(() -> model.setDag(dag));
        assertThat(Fx.get(this::spinnerShown)).isFalse();
        Fx.await(10, "the spinner", this::spinnerShown);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(900_000_000L);
        gate.complete(null);
        applied.get(30, TimeUnit.SECONDS);
        assertThat(Fx.get(this::spinnerShown)).isFalse();
    }
}
