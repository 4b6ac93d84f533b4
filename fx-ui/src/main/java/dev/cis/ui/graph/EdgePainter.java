package dev.cis.ui.graph;

import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Draws the bottom layer of the graph: the background, the dot grid and the edges. The edges of one kind (plain,
 * or touching the selected task) go into one path that is stroked once, and their arrowheads into one path that
 * is filled once: thousands of edges cost two drawing operations, not thousands.
 */
final class EdgePainter {

    private static final double GRID = 24;
    private static final double CORNER = 8;
    private static final double ARROW = 7;
    /** Below this zoom edges are plain polylines: their rounded corners would be under a pixel. */
    private static final double ROUNDED_ZOOM = 0.3;

    void paint(GraphicsContext g, GraphLayout layout, GraphViewport v, double w, double h, int selected,
            GraphPalette palette) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(palette.background());
        g.fillRect(0, 0, w, h);
        if (layout == null) {
            return;
        }
        paintGrid(g, v, w, h, palette);
        g.setTransform(v.zoom(), 0, 0, v.zoom(), v.offsetX(), v.offsetY());
        Bounds view = v.visibleWorld(w, h);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        paintEdges(g, layout, view, v.zoom(), selected, false, palette);
        if (selected >= 0) {
            paintEdges(g, layout, view, v.zoom(), selected, true, palette);
        }
    }

    private static void paintGrid(GraphicsContext g, GraphViewport v, double w, double h, GraphPalette palette) {
        double step = GRID * v.zoom();
        if (step < 10) {
            return;
        }
        g.setFill(palette.grid());
        double dot = Math.max(1, Math.min(2, 1.5 * v.zoom()));
        double startX = ((v.offsetX() % step) + step) % step;
        double startY = ((v.offsetY() % step) + step) % step;
        for (double x = startX; x < w; x += step) {
            for (double y = startY; y < h; y += step) {
                g.fillRect(x, y, dot, dot);
            }
        }
    }

    private static void paintEdges(GraphicsContext g, GraphLayout layout, Bounds view, double zoom, int selected,
            boolean highlighted, GraphPalette palette) {
        Color color = highlighted ? palette.edgeHighlight() : palette.edge();
        if (!highlighted && zoom < 0.25) {
            color = color.deriveColor(0, 1, 1, 0.3 + zoom * 2.8);
        }
        boolean arrows = zoom * ARROW >= 3;
        g.beginPath();
        for (GraphLayout.EdgeRoute e : layout.edges()) {
            if (kept(e, selected, highlighted, view)) {
                addLine(g, e.points(), zoom);
            }
        }
        g.setStroke(color);
        g.setLineWidth(Math.max(highlighted ? 2.2 : 1.4, 1 / zoom));
        g.stroke();
        if (arrows) {
            g.beginPath();
            for (GraphLayout.EdgeRoute e : layout.edges()) {
                if (kept(e, selected, highlighted, view)) {
                    addArrow(g, e.points());
                }
            }
            g.setFill(color);
            g.fill();
        }
    }

    private static boolean kept(GraphLayout.EdgeRoute e, int selected, boolean highlighted, Bounds view) {
        boolean touches = selected >= 0 && (e.from() == selected || e.to() == selected);
        return touches == highlighted && e.maxX() >= view.getMinX() && e.minX() <= view.getMaxX()
                && e.maxY() >= view.getMinY() && e.minY() <= view.getMaxY();
    }

    /** The edge's route into the current path, rounded at its bends, ending where its arrowhead starts. */
    private static void addLine(GraphicsContext g, double[] p, double zoom) {
        int n = p.length / 2;
        g.moveTo(p[0], p[1]);
        boolean rounded = zoom >= ROUNDED_ZOOM;
        for (int k = 1; k < n - 1; k++) {
            if (rounded) {
                double r = Math.min(CORNER, Math.min(segment(p, k - 1, k), segment(p, k, k + 1)) / 2);
                g.arcTo(p[2 * k], p[2 * k + 1], p[2 * k + 2], p[2 * k + 3], r);
            } else {
                g.lineTo(p[2 * k], p[2 * k + 1]);
            }
        }
        double[] u = lastDirection(p);
        g.lineTo(p[2 * n - 2] - u[0] * ARROW, p[2 * n - 1] - u[1] * ARROW);
    }

    private static void addArrow(GraphicsContext g, double[] p) {
        int n = p.length / 2;
        double endX = p[2 * n - 2];
        double endY = p[2 * n - 1];
        double[] u = lastDirection(p);
        g.moveTo(endX, endY);
        g.lineTo(endX - u[0] * ARROW - u[1] * ARROW * 0.55, endY - u[1] * ARROW + u[0] * ARROW * 0.55);
        g.lineTo(endX - u[0] * ARROW + u[1] * ARROW * 0.55, endY - u[1] * ARROW - u[0] * ARROW * 0.55);
        g.closePath();
    }

    /** The unit direction of the route's last segment. */
    private static double[] lastDirection(double[] p) {
        int n = p.length / 2;
        double dx = p[2 * n - 2] - p[2 * n - 4];
        double dy = p[2 * n - 1] - p[2 * n - 3];
        double len = Math.max(1e-6, Math.hypot(dx, dy));
        return new double[] {dx / len, dy / len};
    }

    private static double segment(double[] p, int a, int b) {
        return Math.hypot(p[2 * b] - p[2 * a], p[2 * b + 1] - p[2 * a + 1]);
    }
}
