package dev.cis.ui.graph;

import javafx.scene.input.KeyEvent;

/**
 * Keyboard of the graph: + and - zoom, F fits, 0 shows 100 %, arrows move the selection, Esc clears it, Enter
 * opens the selected task (its terminal).
 */
final class GraphKeys {

    private final GraphViewModel model;
    private final GraphViewport viewport;
    private final GraphCanvas canvas;

    GraphKeys(GraphViewModel model, GraphViewport viewport, GraphCanvas canvas) {
        this.model = model;
        this.viewport = viewport;
        this.canvas = canvas;
    }

    void handle(KeyEvent e) {
        double cx = canvas.getWidth() / 2;
        double cy = canvas.getHeight() / 2;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> viewport.zoomBy(GraphViewport.STEP, cx, cy);
            case MINUS, SUBTRACT -> viewport.zoomBy(1 / GraphViewport.STEP, cx, cy);
            case F -> canvas.fit();
            case DIGIT0, NUMPAD0 -> viewport.zoomBy(1 / viewport.zoom(), cx, cy);
            case ESCAPE -> model.select(null);
            case ENTER -> {
                if (model.selectedIndex() < 0) {
                    return;
                }
                canvas.activate(model.selectedTaskIdProperty().get());
            }
            case LEFT -> move(GraphNavigation.Direction.LEFT);
            case RIGHT -> move(GraphNavigation.Direction.RIGHT);
            case UP -> move(GraphNavigation.Direction.UP);
            case DOWN -> move(GraphNavigation.Direction.DOWN);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void move(GraphNavigation.Direction dir) {
        GraphLayout l = model.layoutProperty().get();
        if (l == null) {
            return;
        }
        int next = GraphNavigation.next(l, model.selectedIndex(), dir);
        if (next >= 0) {
            model.selectIndex(next);
            viewport.reveal(l.x()[next], l.y()[next], l.width()[next], l.height()[next],
                    canvas.getWidth(), canvas.getHeight());
        }
    }
}
