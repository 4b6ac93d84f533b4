package dev.cis.ui.graph;

import dev.cis.core.run.TaskStatus;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/** A strip of task counts per status (e.g. "● 12 completed  ● 3 running"), refreshed at most 4 times a second. */
final class GraphLegend extends HBox {

    private final GraphViewModel model;
    private final GraphPainter painter;
    private final PauseTransition throttle = new PauseTransition(Duration.millis(250));

    GraphLegend(GraphViewModel model, GraphPainter painter) {
        super(12);
        this.model = model;
        this.painter = painter;
        getStyleClass().add("graph-legend");
        setAlignment(Pos.CENTER_LEFT);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMouseTransparent(true);
        throttle.setOnFinished(e -> refresh());
        model.addTaskStateListener(i -> {
            if (throttle.getStatus() != javafx.animation.Animation.Status.RUNNING) {
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
                Label l = new Label(String.format("%,d %s", n, StatusLook.label(s).toLowerCase(java.util.Locale.ROOT)
                        .replace(": needs you", "")));
                l.setGraphic(new Circle(4.5, painter.palette().statusColor(s)));
                l.getStyleClass().addAll("legend-item", StatusLook.styleClass(s));
                getChildren().add(l);
            }
        }
    }
}
