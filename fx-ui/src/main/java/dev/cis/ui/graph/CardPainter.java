package dev.cis.ui.graph;

import dev.cis.core.dag.TaskSpec;
import dev.cis.core.model.TaskStatus;
import dev.cis.ui.icons.IconFont;
import java.time.Instant;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws one task's card in world coordinates: the selection frame, the card in its status colour with its icon
 * and texts. Everything it draws stays within {@link #margin(double)} of the card. What moves on running and
 * blocked tasks is drawn by {@link LiveMotion}. Texts fitted to the card are cached per task.
 */
final class CardPainter {

    static final double RADIUS = 10;
    static final double STRIPE = 5;
    /** The widest halo ({@link LiveMotion}): a blocked task's at the top of its pulse. */
    static final double HALO = 8;
    /** Room kept for the right meta text per character (a little more than a digit of the meta font). */
    private static final double RIGHT_CHAR = 7.2;
    private static final double RIGHT_GAP = 10;

    private final GraphViewModel model;
    private final NodeLabels labels = new NodeLabels();
    private final Font nameFont = Font.font("System", FontWeight.BOLD, 13);
    private final Font metaFont = Font.font("System", FontWeight.NORMAL, 11.5);
    private final Font metaBold = Font.font("System", FontWeight.BOLD, 11.5);
    private final Font iconFont = IconFont.font(19);
    private GraphPalette palette = GraphPalette.light();
    private String[] names = new String[0];
    private String[] metas = new String[0];
    private int[] metaKeys = new int[0];

    CardPainter(GraphViewModel model) {
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

    /**
     * How far (world units) a card's drawing may reach beyond its rectangle at this zoom: the selection frame and
     * the border, plus a pixel of anti-aliasing.
     */
    static double margin(double zoom) {
        double selection = 4 + Math.max(3, 2 / zoom) / 2;
        double border = Math.max(2.5, 1 / zoom) / 2;
        return Math.max(selection, border) + 1 / zoom;
    }

    /** Draws task {@code i}: the selection frame when selected, the card and its texts. */
    void paint(GraphicsContext g, GraphLayout l, int i, double zoom, Instant now, boolean selected) {
        double x = l.x()[i];
        double y = l.y()[i];
        double w = l.width()[i];
        double h = l.height()[i];
        TaskState state = model.state(i);
        TaskStatus status = state.status();
        Color c = palette.statusColor(status);
        if (selected) {
            paintSelection(g, x, y, w, h, zoom);
        }
        paintCard(g, x, y, w, h, status, c, zoom);
        if (zoom * 13 >= 5.5) {
            paintTexts(g, i, x, y, w, h, state, c, now);
        }
    }

    private void paintSelection(GraphicsContext g, double x, double y, double w, double h, double zoom) {
        g.setStroke(palette.selection());
        g.setLineWidth(Math.max(3, 2 / zoom));
        g.strokeRoundRect(x - 4, y - 4, w + 8, h + 8, RADIUS + 8, RADIUS + 8);
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
