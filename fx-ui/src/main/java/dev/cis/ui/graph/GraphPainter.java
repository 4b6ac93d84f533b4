package dev.cis.ui.graph;

import java.time.Instant;
import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;

/**
 * Draws the graph on two stacked canvases, culled to the visible world rectangle. The edge layer holds the
 * background, the grid and the edges (they change only with the viewport, the selection or the layout); the card
 * layer every task's card with its texts ({@link CardPainter}); what moves on running and blocked tasks is drawn
 * apart ({@link LiveMotion}).
 * The card layer is drawn whole, or mended where some cards changed: each such card's area (the card and its
 * {@link CardPainter#margin margin}, in whole pixels) is cleared and every card reaching into it is drawn again,
 * clipped to it. Cards never overlap, so a changed card costs the drawing of that card only.
 */
final class GraphPainter {

    /** Below this zoom a task is a few pixels of its status colour (no text, no animation). */
    private static final double TINY_ZOOM = 0.12;

    private final GraphViewModel model;
    private final EdgePainter edges = new EdgePainter();
    private final CardPainter cards;
    private CardIndex index = CardIndex.of(GraphLayout.empty());
    private int[] near = new int[0];

    GraphPainter(GraphViewModel model) {
        this.model = model;
        this.cards = new CardPainter(model);
    }

    void setPalette(GraphPalette palette) {
        cards.setPalette(palette);
    }

    GraphPalette palette() {
        return cards.palette();
    }

    /** Forgets cached labels and indexes the cards of {@code layout} (null: none); call when the DAG changes. */
    void reset(GraphLayout layout) {
        cards.reset();
        GraphLayout l = layout == null ? GraphLayout.empty() : layout;
        index = CardIndex.of(l);
        near = new int[l.nodeCount()];
    }

    /**
     * True when tasks are drawn as cards at this zoom, and alive ones move (pulse, progress bar); below it the
     * graph is a {@link TinyRaster}.
     */
    static boolean drawsCards(double zoom) {
        return zoom >= TINY_ZOOM;
    }

    /** The bottom layer: background, grid and edges. */
    void paintEdges(GraphicsContext g, GraphLayout layout, GraphViewport v, double w, double h) {
        edges.paint(g, layout, v, w, h, model.selectedIndex(), palette());
    }

    /** The top layer, whole: every visible card. */
    void paintCards(GraphicsContext g, GraphLayout layout, GraphViewport v, double w, double h, Instant now) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, w, h);
        if (layout == null) {
            return;
        }
        double zoom = v.zoom();
        g.setTransform(zoom, 0, 0, zoom, v.offsetX(), v.offsetY());
        Bounds view = v.visibleWorld(w, h);
        double m = CardPainter.margin(zoom);
        int selected = model.selectedIndex();
        for (int i = 0; i < layout.nodeCount(); i++) {
            if (visible(layout, i, view, m)) {
                cards.paint(g, layout, i, zoom, now, i == selected);
            }
        }
    }

    /** Mends the top layer where the cards of {@code dirty} are; those out of view are skipped. */
    void repairCards(GraphicsContext g, GraphLayout layout, GraphViewport v, double w, double h, DirtyCards dirty,
            Instant now) {
        if (layout == null) {
            return;
        }
        double zoom = v.zoom();
        Bounds view = v.visibleWorld(w, h);
        double m = CardPainter.margin(zoom);
        int selected = model.selectedIndex();
        for (int k = 0; k < dirty.count(); k++) {
            int i = dirty.task(k);
            if (i < layout.nodeCount() && visible(layout, i, view, m)) {
                repair(g, layout, v, w, h, i, m, now, selected);
            }
        }
    }

    private void repair(GraphicsContext g, GraphLayout l, GraphViewport v, double w, double h, int i, double m,
            Instant now, int selected) {
        double zoom = v.zoom();
        // the card's area in whole pixels within the canvas, and the same area in the world
        double x0 = Math.max(0, Math.floor(v.toScreenX(l.x()[i] - m)));
        double y0 = Math.max(0, Math.floor(v.toScreenY(l.y()[i] - m)));
        double x1 = Math.min(w, Math.ceil(v.toScreenX(l.x()[i] + l.width()[i] + m)));
        double y1 = Math.min(h, Math.ceil(v.toScreenY(l.y()[i] + l.height()[i] + m)));
        int count = index.query(v.toWorldX(x0) - m, v.toWorldY(y0) - m, v.toWorldX(x1) + m, v.toWorldY(y1) + m,
                near);
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(x0, y0, x1 - x0, y1 - y0);
        boolean alone = count == 1 && near[0] == i;
        if (!alone) {
            g.save();
            g.beginPath();
            g.rect(x0, y0, x1 - x0, y1 - y0);
            g.clip();
        }
        g.setTransform(zoom, 0, 0, zoom, v.offsetX(), v.offsetY());
        for (int k = 0; k < count; k++) {
            int j = near[k];
            cards.paint(g, l, j, zoom, now, j == selected);
        }
        if (!alone) {
            g.restore();
        }
    }

    /** True when task {@code i} shows a clock that runs (its attempt started and has not ended). */
    boolean clockRuns(int i) {
        TaskState s = model.state(i);
        return s.startedAt() != null && s.endedAt() == null;
    }

    /** True when card {@code i}, with {@code margin} around it, is in the world rectangle {@code view}. */
    static boolean visible(GraphLayout l, int i, Bounds view, double margin) {
        return l.x()[i] + l.width()[i] + margin >= view.getMinX() && l.x()[i] - margin <= view.getMaxX()
                && l.y()[i] + l.height()[i] + margin >= view.getMinY() && l.y()[i] - margin <= view.getMaxY();
    }
}
