package dev.cis.ui.graph;

import dev.cis.core.model.TaskStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;

/**
 * What moves on running and blocked tasks, as a few shapes per task rather than pixels of the card layer: a halo
 * that pulses around the card (under the card layer, so that the card and the selection frame stay on top; strong
 * and quick for a blocked task) and, on a running task, a short bar that slides along the bottom of the card (over
 * the card layer). Only tasks in view get shapes, taken from a pool; moving them makes the toolkit draw again only
 * the few pixels around each such task, not the graph. UI thread only.
 */
final class LiveMotion {

    /** Tasks that move about 30 times a second; with more in view, each moves less often (it is small then). */
    private static final int FLUENT_TASKS = 40;
    private static final long FRAME_NANOS = 33_000_000L;
    private static final long SLOWEST_FRAME_NANOS = 250_000_000L;

    private final Group under = new Group();
    private final Group over = new Group();
    private final Affine world = new Affine();
    private final List<Rectangle> halos = new ArrayList<>();
    private final List<Rectangle> bars = new ArrayList<>();
    private int shown;
    private int moving;

    LiveMotion() {
        under.getTransforms().add(world);
        over.getTransforms().add(world);
        under.setMouseTransparent(true);
        over.setMouseTransparent(true);
        under.setManaged(false);
        over.setManaged(false);
    }

    /** The halos, to be placed under the card layer. */
    Node under() {
        return under;
    }

    /** The moving bars, to be placed over the card layer. */
    Node over() {
        return over;
    }

    /** How long to wait before the next frame of motion: longer when many tasks move. */
    long frameNanos() {
        return Math.min(SLOWEST_FRAME_NANOS, FRAME_NANOS * Math.max(FLUENT_TASKS, moving) / FLUENT_TASKS);
    }

    /**
     * Moves the shapes to where the running and blocked tasks in view are, in their state at {@code seconds}.
     * Returns how many tasks move.
     */
    int update(GraphLayout l, GraphViewport v, Bounds view, GraphPalette palette, IntFunction<TaskStatus> status,
            double seconds) {
        world.setToTransform(v.zoom(), 0, v.offsetX(), 0, v.zoom(), v.offsetY());
        int k = 0;
        int b = 0;
        double m = CardPainter.HALO;
        for (int i = 0; l != null && i < l.nodeCount(); i++) {
            TaskStatus s = status.apply(i);
            if (s.isActive() && GraphPainter.visible(l, i, view, m)) {
                Color c = palette.statusColor(s);
                halo(k++, l, i, s, c, seconds);
                if (s == TaskStatus.RUNNING && bar(b, l, i, c, seconds)) {
                    b++;
                }
            }
        }
        hideFrom(halos, k);
        hideFrom(bars, b);
        shown = Math.max(k, b);
        moving = k;
        return k;
    }

    /** Hides every shape (the graph is drawn without motion, or not at all). */
    void hide() {
        hideFrom(halos, 0);
        hideFrom(bars, 0);
        shown = 0;
        moving = 0;
    }

    /** True when some shape is shown. */
    boolean showing() {
        return shown > 0;
    }

    private void halo(int k, GraphLayout l, int i, TaskStatus s, Color c, double seconds) {
        Rectangle r = take(halos, under, k);
        boolean blocked = s == TaskStatus.BLOCKED;
        double wave = 0.5 + 0.5 * Math.sin(2 * Math.PI * seconds / (blocked ? 1.1 : 1.8));
        double alpha = blocked ? 0.30 + 0.55 * wave : 0.10 + 0.35 * wave;
        double spread = blocked ? CardPainter.HALO / 2 * (1 + wave) : 3 + 2 * wave;
        r.setX(l.x()[i] - spread / 2);
        r.setY(l.y()[i] - spread / 2);
        r.setWidth(l.width()[i] + spread);
        r.setHeight(l.height()[i] + spread);
        r.setArcWidth(CardPainter.RADIUS + spread);
        r.setArcHeight(CardPainter.RADIUS + spread);
        r.setStrokeWidth(spread);
        r.setStroke(c.deriveColor(0, 1, 1, alpha));
        r.setFill(null);
    }

    /** Places the bar of running task {@code i}; false when it is between two passes (nothing to show). */
    private boolean bar(int k, GraphLayout l, int i, Color c, double seconds) {
        double x = l.x()[i];
        double track = l.width()[i] - 2 * CardPainter.RADIUS - CardPainter.STRIPE;
        double seg = track * 0.28;
        double t = (seconds % 1.6) / 1.6;
        double left = x + CardPainter.STRIPE + CardPainter.RADIUS;
        double start = left - seg + (track + seg) * t;
        double from = Math.max(start, left);
        double to = Math.min(start + seg, left + track);
        if (to <= from) {
            return false;
        }
        Rectangle r = take(bars, over, k);
        r.setX(from);
        r.setY(l.y()[i] + l.height()[i] - 4.5);
        r.setWidth(to - from);
        r.setHeight(2.5);
        r.setArcWidth(2.5);
        r.setArcHeight(2.5);
        r.setFill(c.deriveColor(0, 1, 1, 0.75));
        return true;
    }

    private static Rectangle take(List<Rectangle> pool, Group into, int k) {
        if (k == pool.size()) {
            Rectangle r = new Rectangle();
            pool.add(r);
            into.getChildren().add(r);
        }
        Rectangle r = pool.get(k);
        r.setVisible(true);
        return r;
    }

    private static void hideFrom(List<Rectangle> pool, int k) {
        for (int j = k; j < pool.size() && pool.get(j).isVisible(); j++) {
            pool.get(j).setVisible(false);
        }
    }
}
