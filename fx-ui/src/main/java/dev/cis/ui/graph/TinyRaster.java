package dev.cis.ui.graph;

import java.util.Arrays;
import java.util.function.IntFunction;
import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The tasks of a graph zoomed so far out that each is a few pixels: rectangles of their status colour written
 * straight into pixels and drawn as one image. Thousands of tasks cost one image instead of thousands of
 * shapes. Two images take turns, so the one a frame still refers to is never written. UI thread only.
 */
final class TinyRaster {

    private final WritableImage[] images = new WritableImage[2];
    private int[] pixels = new int[0];
    private int turn;

    /**
     * Draws every visible task of {@code layout} with {@code colour} (an opaque colour per task index) onto
     * {@code g}, whose transform is reset.
     */
    void paint(GraphicsContext g, GraphLayout layout, GraphViewport v, int w, int h, IntFunction<Color> colour) {
        if (w <= 0 || h <= 0) {
            return;
        }
        WritableImage image = image(w, h);
        Arrays.fill(pixels, 0, w * h, 0);
        Bounds view = v.visibleWorld(w, h);
        for (int i = 0; i < layout.nodeCount(); i++) {
            if (GraphPainter.visible(layout, i, view)) {
                fill(layout, i, v, w, h, argb(colour.apply(i)));
            }
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.drawImage(image, 0, 0);
    }

    private WritableImage image(int w, int h) {
        turn = 1 - turn;
        WritableImage image = images[turn];
        if (image == null || (int) image.getWidth() != w || (int) image.getHeight() != h) {
            image = new WritableImage(w, h);
            images[turn] = image;
        }
        if (pixels.length < w * h) {
            pixels = new int[w * h];
        }
        return image;
    }

    /** The task's rectangle on the screen, at least one pixel each way. */
    private void fill(GraphLayout l, int i, GraphViewport v, int w, int h, int argb) {
        int x0 = clamp((int) Math.floor(v.toScreenX(l.x()[i])), w);
        int y0 = clamp((int) Math.floor(v.toScreenY(l.y()[i])), h);
        int x1 = clamp(Math.max(x0 + 1, (int) Math.ceil(v.toScreenX(l.x()[i] + l.width()[i]))), w);
        int y1 = clamp(Math.max(y0 + 1, (int) Math.ceil(v.toScreenY(l.y()[i] + l.height()[i]))), h);
        for (int y = y0; y < y1; y++) {
            Arrays.fill(pixels, y * w + x0, y * w + x1, argb);
        }
    }

    private static int clamp(int value, int limit) {
        return Math.max(0, Math.min(limit, value));
    }

    private static int argb(Color c) {
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }
}
