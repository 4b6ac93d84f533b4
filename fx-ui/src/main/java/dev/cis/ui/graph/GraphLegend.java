package dev.cis.ui.graph;

import dev.cis.core.model.TaskStatus;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
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
    private final Map<TaskStatus, Label> items = new EnumMap<>(TaskStatus.class);

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

    /** Shows the counts now; a label per status is made once and only its text and colour change after. */
    void refresh() {
        for (TaskStatus s : TaskStatus.values()) {
            int n = model.count(s);
            Label l = items.get(s);
            if (n == 0) {
                if (l != null) {
                    l.setVisible(false);
                    l.setManaged(false);
                }
                continue;
            }
            if (l == null) {
                l = new Label();
                l.setMinWidth(Region.USE_PREF_SIZE);
                l.getStyleClass().addAll("legend-item", StatusLook.styleClass(s));
                items.put(s, l);
                insert(s, l);
            }
            l.setText(String.format("%,d %s", n, shortName(s)));
            ((Circle) l.getGraphic()).setFill(painter.palette().statusColor(s));
            l.setVisible(true);
            l.setManaged(true);
        }
    }

    /** Adds a status's label in the order of the statuses. */
    private void insert(TaskStatus s, Label l) {
        l.setGraphic(new Circle(4.5));
        int at = 0;
        for (TaskStatus before : TaskStatus.values()) {
            if (before == s) {
                break;
            }
            if (items.containsKey(before)) {
                at++;
            }
        }
        getChildren().add(at, l);
    }

    private static String shortName(TaskStatus s) {
        return s == TaskStatus.WAITING_APPROVAL ? "waiting" : s.wireName().toLowerCase(Locale.ROOT);
    }
}
