package dev.cis.ui.graph;

import dev.cis.core.run.TaskStatus;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/** Task counts per status ("● 12 completed  ● 3 running"), refreshed at most 4 times a second. */
final class GraphLegend extends FlowPane {

    private final GraphViewModel model;
    private final GraphPainter painter;
    private final PauseTransition throttle = new PauseTransition(Duration.millis(250));

    GraphLegend(GraphViewModel model, GraphPainter painter) {
        super(12, 4);
        this.model = model;
        this.painter = painter;
        getStyleClass().add("graph-legend");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setMouseTransparent(true);
        throttle.setOnFinished(e -> refresh());
        model.addTaskStateListener(i -> {
            if (throttle.getStatus() != Animation.Status.RUNNING) {
                throttle.playFromStart();
            }
        });
        model.layoutProperty().addListener((obs, o, n) -> refresh());
        visibleProperty().bind(model.layoutProperty().isNotNull());
    }

    void refresh() {
        getChildren().clear();
        for (TaskStatus s : TaskStatus.values()) {
            int n = model.count(s);
            if (n > 0) {
                Label l = new Label(String.format("%,d %s", n, shortName(s)));
                l.setGraphic(new Circle(4.5, painter.palette().statusColor(s)));
                l.setMinWidth(Region.USE_PREF_SIZE);
                l.getStyleClass().addAll("legend-item", StatusLook.styleClass(s));
                getChildren().add(l);
            }
        }
    }

    private static String shortName(TaskStatus s) {
        return s == TaskStatus.WAITING_APPROVAL ? "waiting" : s.wireName().toLowerCase(Locale.ROOT);
    }
}
