package dev.cis.ui.graph;

import dev.cis.core.model.TaskStatus;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.function.IntFunction;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The graph zoomed so far out that each task is a few pixels, written straight into the pixels of one image
 * (a {@link PixelBuffer} over an int array) shown by an {@link ImageView}: the background and the edges (one-pixel lines, kept until the viewport, the
 * selection or the layout change), then a rectangle of its status colour per task. A change of thousands of
 * statuses costs one copy of the edges, a few thousand small fills and one image upload, instead of thousands
 * of shapes on canvases. Two images take turns, so the one the previous frame may still be rendering from is
 * never written. UI thread only.
 */
final class TinyRaster {

    private static final TaskStatus[] BOTTOM_TO_TOP = {TaskStatus.PENDING, TaskStatus.SKIPPED,
        TaskStatus.CANCELLED, TaskStatus.READY, TaskStatus.COMPLETED, TaskStatus.WAITING_APPROVAL,
        TaskStatus.RETRYING, TaskStatus.RUNNING, TaskStatus.FAILED, TaskStatus.BLOCKED};

    private final ImageView view = new ImageView();
    private final Frame[] frames = new Frame[2];
    private int turn;
    private int width;
    private int height;
    private int[] edges = new int[0];
    private int[] pixels = new int[0];

    /** An image over its own pixel array. */
    private record Frame(int[] pixels, PixelBuffer<IntBuffer> buffer, WritableImage image) {

        static Frame of(int w, int h) {
            int[] pixels = new int[w * h];
            PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels),
                    PixelFormat.getIntArgbPreInstance());
            return new Frame(pixels, buffer, new WritableImage(buffer));
        }
    }

    TinyRaster() {
        view.setMouseTransparent(true);
        view.setVisible(false);
    }

    /** The node that shows the raster; visible only while the graph is drawn this way. */
    ImageView view() {
        return view;
    }

    /** Draws the background and the edges, kept for the following {@link #paintTasks} calls. */
    void paintEdges(GraphLayout layout, GraphViewport v, int w, int h, int selected, GraphPalette palette) {
        resize(w, h);
        Arrays.fill(edges, 0, w * h, argb(palette.background(), 1));
        if (layout == null) {
            return;
        }
        Color plain = palette.edge();
        int plainAlpha = (int) Math.round(255 * Math.min(1, 0.3 + v.zoom() * 2.8));
        for (GraphLayout.EdgeRoute e : layout.edges()) {
            if (selected < 0 || (e.from() != selected && e.to() != selected)) {
                line(e.points(), v, plain, plainAlpha, 1);
            }
        }
        if (selected >= 0) {
            for (GraphLayout.EdgeRoute e : layout.edges()) {
                if (e.from() == selected || e.to() == selected) {
                    line(e.points(), v, palette.edgeHighlight(), 255, 2);
                }
            }
        }
    }

    /**
     * Shows the edges with every visible task on them as a rectangle of its status colour, the selected one
     * framed. Tasks closer than a pixel overlap: those that need attention are drawn last, on top (blocked, then
     * failed, running, ... down to pending).
     */
    void paintTasks(GraphLayout layout, GraphViewport v, int selected, GraphPalette palette,
            IntFunction<TaskStatus> status) {
        int w = width;
        int h = height;
        if (w == 0 || h == 0) {
            return;
        }
        // the image of the previous frame may still be read by its rendering: write the other one
        turn = 1 - turn;
        Frame frame = frames[turn];
        pixels = frame.pixels();
        System.arraycopy(edges, 0, pixels, 0, w * h);
        if (layout != null) {
            for (TaskStatus s : BOTTOM_TO_TOP) {
                int argb = argb(palette.statusColor(s), 1);
                for (int i = 0; i < layout.nodeCount(); i++) {
                    if (status.apply(i) == s) {
                        int[] r = rect(layout, i, v);
                        fill(r[0], r[1], r[2], r[3], argb);
                    }
                }
            }
            if (selected >= 0 && selected < layout.nodeCount()) {
                int[] r = rect(layout, selected, v);
                frame(r, 2, argb(palette.selection(), 1));
            }
        }
        frame.buffer().updateBuffer(b -> null);
        view.setImage(frame.image());
    }

    private void resize(int w, int h) {
        if (w == width && h == height) {
            return;
        }
        width = w;
        height = h;
        edges = new int[w * h];
        // each image shares its pixel array: no copy and no conversion when it changes
        frames[0] = Frame.of(Math.max(1, w), Math.max(1, h));
        frames[1] = Frame.of(Math.max(1, w), Math.max(1, h));
    }

    /** The task's rectangle on the screen, {@code [x0, y0, x1, y1)}, at least one pixel each way. */
    private static int[] rect(GraphLayout l, int i, GraphViewport v) {
        int x0 = (int) Math.floor(v.toScreenX(l.x()[i]));
        int y0 = (int) Math.floor(v.toScreenY(l.y()[i]));
        int x1 = Math.max(x0 + 1, (int) Math.ceil(v.toScreenX(l.x()[i] + l.width()[i])));
        int y1 = Math.max(y0 + 1, (int) Math.ceil(v.toScreenY(l.y()[i] + l.height()[i])));
        return new int[] {x0, y0, x1, y1};
    }

    private void fill(int x0, int y0, int x1, int y1, int argb) {
        int fx0 = Math.max(0, x0);
        int fx1 = Math.min(width, x1);
        if (fx0 >= fx1) {
            return;
        }
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
            Arrays.fill(pixels, y * width + fx0, y * width + fx1, argb);
        }
    }

    private void frame(int[] r, int t, int argb) {
        fill(r[0] - t, r[1] - t, r[2] + t, r[1], argb);
        fill(r[0] - t, r[3], r[2] + t, r[3] + t, argb);
        fill(r[0] - t, r[1], r[0], r[3], argb);
        fill(r[2], r[1], r[2] + t, r[3], argb);
    }

    /** An edge's route as lines {@code thickness} pixels wide, blended onto the edge pixels. */
    private void line(double[] p, GraphViewport v, Color c, int alpha, int thickness) {
        int rgb = argb(c, 0) & 0xffffff;
        for (int k = 0; k + 3 < p.length; k += 2) {
            segment(v.toScreenX(p[k]), v.toScreenY(p[k + 1]), v.toScreenX(p[k + 2]), v.toScreenY(p[k + 3]), rgb, alpha,
                    thickness);
        }
    }

    private void segment(double x0, double y0, double x1, double y1, int rgb, int alpha, int thickness) {
        int steps = (int) Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)));
        for (int s = 0; s <= steps; s++) {
            double t = steps == 0 ? 0 : (double) s / steps;
            int x = (int) Math.floor(x0 + (x1 - x0) * t);
            int y = (int) Math.floor(y0 + (y1 - y0) * t);
            for (int dy = 0; dy < thickness; dy++) {
                for (int dx = 0; dx < thickness; dx++) {
                    blend(x + dx, y + dy, rgb, alpha);
                }
            }
        }
    }

    /** Blends a colour ({@code 0xRRGGBB}) over an edge pixel. */
    private void blend(int x, int y, int rgb, int alpha) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return;
        }
        int at = y * width + x;
        int under = edges[at];
        int r = mix((under >> 16) & 0xff, (rgb >> 16) & 0xff, alpha);
        int g = mix((under >> 8) & 0xff, (rgb >> 8) & 0xff, alpha);
        int b = mix(under & 0xff, rgb & 0xff, alpha);
        edges[at] = 0xff000000 | r << 16 | g << 8 | b;
    }

    private static int mix(int under, int over, int alpha) {
        return (over * alpha + under * (255 - alpha) + 127) / 255;
    }

    private static int argb(Color c, double opacity) {
        return (int) Math.round(opacity * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }
}
