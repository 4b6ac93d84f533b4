package dev.cis.ui.graph;

import dev.cis.core.dag.TaskSpec;
import dev.cis.core.run.TaskStatus;
import dev.cis.ui.icons.IconFont;
import java.time.Instant;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws the graph on three stacked canvases, culled to the visible world rectangle. The edge layer holds the
 * background, the grid and the edges (they change only with the viewport, the selection or the layout); the
 * node layer every task's card with its texts (redrawn when a status changes, and every second while tasks run,
 * for their elapsed time); the live layer only what moves around alive tasks, the pulsing halo and the progress
 * bar, redrawn on every animation frame: a few shapes, no text.
 */
final class GraphPainter {

    private static final double RADIUS = 10;
    private static final double STRIPE = 5;
    /** Below this zoom a task is a few pixels of its status colour (no text, no animation). */
    private static final double TINY_ZOOM = 0.12;
    /** Room kept for the right meta text per character (a little more than a digit of the meta font). */
    private static final double RIGHT_CHAR = 7.2;
    private static final double RIGHT_GAP = 10;

    private final GraphViewModel model;
    private final NodeLabels labels = new NodeLabels();
    private final EdgePainter edges = new EdgePainter();
    private final Font nameFont = Font.font("System", FontWeight.BOLD, 13);
    private final Font metaFont = Font.font("System", FontWeight.NORMAL, 11.5);
    private final Font metaBold = Font.font("System", FontWeight.BOLD, 11.5);
    private final Font iconFont = IconFont.font(19);
    private GraphPalette palette = GraphPalette.light();
    private String[] names = new String[0];
    private String[] metas = new String[0];
    private int[] metaKeys = new int[0];

    GraphPainter(GraphViewModel model) {
        this.model = model;
    }

    void setPalette(GraphPalette palette) {
        this.palette = palette;
    }

    GraphPalette palette() {
        return palette;
    }

    /** Forgets cached labels; call when the DAG changes. */
    void reset() {
        names = new String[model.taskCount()];
        metas = new String[model.taskCount()];
        metaKeys = new int[model.taskCount()];
    }

    /** The bottom layer: background, grid and edges. */
    void paintEdges(GraphicsContext g, GraphLayout layout, GraphViewport v, double w, double h) {
        edges.paint(g, layout, v, w, h, model.selectedIndex(), palette);
    }

    /** The middle layer: every task's card. */
    void paintNodes(GraphicsContext g, GraphLayout layout, GraphViewport v, double w, double h, Instant now) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, w, h);
        if (layout == null) {
            return;
        }
        g.setTransform(v.zoom(), 0, 0, v.zoom(), v.offsetX(), v.offsetY());
        Bounds view = v.visibleWorld(w, h);
        int selected = model.selectedIndex();
        for (int i = 0; i < layout.nodeCount(); i++) {
            if (visible(layout, i, view)) {
                paintNode(g, layout, i, v.zoom(), now, i == selected);
            }
        }
    }

    /**
     * True when tasks are drawn as cards at this zoom, and alive ones move (pulse, progress bar); below it the
     * graph is a {@link TinyRaster}.
     */
    static boolean drawsCards(double zoom) {
        return zoom >= TINY_ZOOM;
    }

    /** The top layer: the halos and progress bars of running and blocked tasks, drawn on every animation frame. */
    void paintLive(GraphicsContext g, GraphLayout layout, GraphViewport v, double w, double h, int[] alive,
            int aliveCount, double seconds) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, w, h);
        if (layout == null) {
            return;
        }
        g.setTransform(v.zoom(), 0, 0, v.zoom(), v.offsetX(), v.offsetY());
        Bounds view = v.visibleWorld(w, h);
        int selected = model.selectedIndex();
        for (int k = 0; k < aliveCount; k++) {
            int i = alive[k];
            if (i < layout.nodeCount() && visible(layout, i, view)) {
                paintMotion(g, layout, i, v.zoom(), seconds, i == selected);
            }
        }
    }

    boolean isAlive(int i) {
        return model.state(i).status().isActive();
    }

    static boolean visible(GraphLayout l, int i, Bounds view) {
        double pad = 12;
        return l.x()[i] + l.width()[i] + pad >= view.getMinX() && l.x()[i] - pad <= view.getMaxX()
                && l.y()[i] + l.height()[i] + pad >= view.getMinY() && l.y()[i] - pad <= view.getMaxY();
    }

    private void paintNode(GraphicsContext g, GraphLayout l, int i, double zoom, Instant now, boolean selected) {
        double x = l.x()[i];
        double y = l.y()[i];
        double w = l.width()[i];
        double h = l.height()[i];
        TaskState state = model.state(i);
        Color c = palette.statusColor(state.status());
        if (selected) {
            paintSelection(g, x, y, w, h, zoom);
        }
        paintCard(g, x, y, w, h, state.status(), c, zoom);
        if (zoom * 13 >= 5.5) {
            paintTexts(g, i, x, y, w, h, state, c, now);
        }
    }

    /** What moves on an alive task: its halo (under the selection frame, outside the card) and progress bar. */
    private void paintMotion(GraphicsContext g, GraphLayout l, int i, double zoom, double seconds,
            boolean selected) {
        double x = l.x()[i];
        double y = l.y()[i];
        double w = l.width()[i];
        double h = l.height()[i];
        TaskStatus status = model.state(i).status();
        Color c = palette.statusColor(status);
        paintHalo(g, x, y, w, h, status, c, seconds);
        if (selected) {
            paintSelection(g, x, y, w, h, zoom);
        }
        if (status == TaskStatus.RUNNING) {
            paintProgressShimmer(g, x, y, w, h, c, seconds);
        }
    }

    private void paintSelection(GraphicsContext g, double x, double y, double w, double h, double zoom) {
        g.setStroke(palette.selection());
        g.setLineWidth(Math.max(3, 2 / zoom));
        g.strokeRoundRect(x - 4, y - 4, w + 8, h + 8, RADIUS + 8, RADIUS + 8);
    }

    private void paintHalo(GraphicsContext g, double x, double y, double w, double h, TaskStatus s, Color c,
            double seconds) {
        if (!s.isActive()) {
            return;
        }
        boolean blocked = s == TaskStatus.BLOCKED;
        double period = blocked ? 1.1 : 1.8;
        double wave = 0.5 + 0.5 * Math.sin(2 * Math.PI * seconds / period);
        double alpha = blocked ? 0.30 + 0.55 * wave : 0.10 + 0.35 * wave;
        double spread = blocked ? 4 + 4 * wave : 3 + 2 * wave;
        g.setStroke(c.deriveColor(0, 1, 1, alpha));
        g.setLineWidth(spread);
        g.strokeRoundRect(x - spread / 2, y - spread / 2, w + spread, h + spread, RADIUS + spread, RADIUS + spread);
    }

    private void paintCard(GraphicsContext g, double x, double y, double w, double h, TaskStatus s, Color c,
            double zoom) {
        double tint = switch (s) {
            case BLOCKED -> 0.16;
            case FAILED -> 0.08;
            case RUNNING, WAITING_APPROVAL, RETRYING -> 0.06;
            default -> 0.0;
        };
        Color fill = tint == 0 ? palette.card() : palette.card().interpolate(c, tint);
        g.setFill(fill);
        g.fillRoundRect(x, y, w, h, RADIUS * 2, RADIUS * 2);
        g.setFill(c);
        g.fillRoundRect(x, y, STRIPE + RADIUS, h, RADIUS * 2, RADIUS * 2);
        g.setFill(fill);
        g.fillRect(x + STRIPE, y, RADIUS + 1, h); // one unit more: no seam of the stripe at its edge
        boolean strong = s == TaskStatus.BLOCKED || s == TaskStatus.FAILED || s == TaskStatus.RUNNING;
        g.setStroke(strong ? c : s == TaskStatus.PENDING ? palette.cardBorder() : c.deriveColor(0, 1, 1, 0.55));
        g.setLineWidth(Math.max(s == TaskStatus.BLOCKED ? 2.5 : strong ? 1.6 : 1.1, 1 / zoom));
        g.strokeRoundRect(x, y, w, h, RADIUS * 2, RADIUS * 2);
    }

    private static void paintProgressShimmer(GraphicsContext g, double x, double y, double w, double h, Color c,
            double seconds) {
        double track = w - 2 * RADIUS - STRIPE;
        double seg = track * 0.28;
        double t = (seconds % 1.6) / 1.6;
        double start = x + STRIPE + RADIUS - seg + (track + seg) * t;
        double from = Math.max(start, x + STRIPE + RADIUS);
        double to = Math.min(start + seg, x + STRIPE + RADIUS + track);
        if (to > from) {
            g.setFill(c.deriveColor(0, 1, 1, 0.75));
            g.fillRoundRect(from, y + h - 4.5, to - from, 2.5, 2.5, 2.5);
        }
    }

    private void paintTexts(GraphicsContext g, int i, double x, double y, double w, double h, TaskState s,
            Color c, Instant now) {
        TaskSpec task = model.task(i);
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(iconFont);
        g.setFill(c);
        g.fillText(IconFont.glyph(StatusLook.icon(s.status())), x + STRIPE + 9, y + h / 2 + 7);
        double textX = x + STRIPE + 37;
        double textW = x + w - 12 - textX;
        if (names[i] == null) {
            names[i] = labels.fit(task.name(), nameFont, textW);
        }
        g.setFont(nameFont);
        g.setFill(palette.text());
        g.fillText(names[i], textX, y + 23);
        String right = rightMeta(s, now);
        g.setFont(metaFont);
        g.setFill(palette.mutedText());
        g.fillText(leftMeta(i, task, s, textW - rightReserve(right)), textX, y + 42);
        if (!right.isEmpty()) {
            boolean blocked = s.status() == TaskStatus.BLOCKED;
            g.setTextAlign(TextAlignment.RIGHT);
            g.setFont(blocked ? metaBold : metaFont);
            g.setFill(blocked ? c : palette.mutedText());
            g.fillText(right, x + w - 12, y + 42);
            g.setTextAlign(TextAlignment.LEFT);
        }
    }

    /**
     * The room the right meta text takes, estimated from its length so that it costs no text layout per frame;
     * in steps of a few characters so the left text is not fitted again every time the elapsed time grows.
     */
    private static double rightReserve(String right) {
        if (right.isEmpty()) {
            return 0;
        }
        int chars = (right.length() + 2) / 3 * 3;
        return RIGHT_GAP + chars * RIGHT_CHAR;
    }

    /**
     * The agent and attempt line, cut to width: {@code agent · attempt 2/3}, or {@code agent · try 2/3} when that
     * does not fit, cutting the agent last. Cached per task until the attempt or the width changes.
     */
    private String leftMeta(int i, TaskSpec task, TaskState s, double maxWidth) {
        int key = s.attempt() * 100_000 + (int) maxWidth;
        if (metas[i] == null || metaKeys[i] != key) {
            metas[i] = metaText(task.agent(), s.attempt(), task.maxAttempts(), Math.max(20, maxWidth));
            metaKeys[i] = key;
        }
        return metas[i];
    }

    private String metaText(String agent, int attempt, int maxAttempts, double maxWidth) {
        if (attempt <= 1) {
            return labels.fit(agent, metaFont, maxWidth);
        }
        String of = attempt + "/" + maxAttempts;
        String full = agent + "  \u00b7  attempt " + of;
        if (labels.width(full, metaFont) <= maxWidth) {
            return full;
        }
        String tail = " \u00b7 try " + of;
        return labels.fit(agent, metaFont, maxWidth - labels.width(tail, metaFont)) + tail;
    }

    private static String rightMeta(TaskState s, Instant now) {
        if (s.status() == TaskStatus.BLOCKED) {
            return "needs you";
        }
        if (s.startedAt() == null) {
            return "";
        }
        return TaskState.formatDuration(s.elapsed(now));
    }
}
