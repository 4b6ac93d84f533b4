package dev.cis.ui.testing;

import javafx.geometry.Bounds;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;

/**
 * The pixels of one task's card in the graph, with the zoom it was drawn at. Regions are given in card units
 * (as laid out, before zooming) from the card's top left corner.
 */
public final class TaskPicture {

    private final int[] argb;
    private final int width;
    private final int height;
    private final double zoom;

    private TaskPicture(int[] argb, int width, int height, double zoom) {
        this.argb = argb;
        this.width = width;
        this.height = height;
        this.zoom = zoom;
    }

    /** Copies the pixels of {@code card} (in the image's coordinates) out of {@code image}. Call on the FX thread. */
    static TaskPicture cut(Image image, Bounds card, double zoom) {
        int x0 = (int) Math.max(0, Math.floor(card.getMinX()));
        int y0 = (int) Math.max(0, Math.floor(card.getMinY()));
        int w = (int) Math.min(image.getWidth() - x0, Math.ceil(card.getWidth()));
        int h = (int) Math.min(image.getHeight() - y0, Math.ceil(card.getHeight()));
        PixelReader r = image.getPixelReader();
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[y * w + x] = r.getArgb(x0 + x, y0 + y);
            }
        }
        return new TaskPicture(argb, w, h, zoom);
    }

    /** The card's width in card units. */
    public double cardWidth() {
        return width / zoom;
    }

    /** The card's height in card units. */
    public double cardHeight() {
        return height / zoom;
    }

    /**
     * How many pixels of the region {@code [x0, x1) x [y0, y1)} (card units) are within {@code tolerance} (0..1,
     * per channel) of {@code colour}.
     */
    public int count(double x0, double y0, double x1, double y1, Color colour, double tolerance) {
        int n = 0;
        for (int y = px(y0, height); y < px(y1, height); y++) {
            for (int x = px(x0, width); x < px(x1, width); x++) {
                if (near(argb[y * width + x], colour, tolerance)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Like {@link #count} over the whole card. */
    public int count(Color colour, double tolerance) {
        return count(0, 0, cardWidth(), cardHeight(), colour, tolerance);
    }

    private int px(double units, int limit) {
        return (int) Math.max(0, Math.min(limit, Math.round(units * zoom)));
    }

    private static boolean near(int argb, Color c, double tolerance) {
        return Math.abs(((argb >> 16) & 0xff) / 255.0 - c.getRed()) <= tolerance
                && Math.abs(((argb >> 8) & 0xff) / 255.0 - c.getGreen()) <= tolerance
                && Math.abs((argb & 0xff) / 255.0 - c.getBlue()) <= tolerance;
    }
}
