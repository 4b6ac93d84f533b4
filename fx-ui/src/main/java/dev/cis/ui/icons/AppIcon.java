package dev.cis.ui.icons;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Group;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.transform.Scale;

/**
 * The app icon: a small DAG (one task feeding two) on a blue-to-violet tile, the upper task showing a
 * terminal prompt. One geometry, drawn as JavaFX shapes (for the PNG set) and written as SVG.
 * The PNGs live in {@code resources/icons} and are on the class path under {@code /dev/cis/ui/icons}.
 */
public final class AppIcon {

    /** Sizes of the PNG set. */
    public static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private static final double BOX = 512;
    private static final String FROM = "#2f81f7";
    private static final String TO = "#8957e5";
    private static final String EDGES = "M150 256 C250 256 262 160 362 160 M150 256 C250 256 262 352 362 352";
    private static final String PROMPT = "M340 138 L364 160 L340 182 M372 186 L392 186";

    private AppIcon() {
    }

    /** The icon as shapes, {@code size} pixels wide. */
    public static Group graphic(double size) {
        Rectangle tile = new Rectangle(16, 16, 480, 480);
        tile.setArcWidth(224);
        tile.setArcHeight(224);
        tile.setFill(new LinearGradient(0, 0, 1, 1, true, CycleMethod.NO_CYCLE,
                new Stop(0, Color.web(FROM)), new Stop(1, Color.web(TO))));
        SVGPath edges = stroke(EDGES, Color.WHITE, 36);
        Circle source = new Circle(150, 256, 60, Color.WHITE);
        Rectangle top = task(110);
        Rectangle bottom = task(302);
        SVGPath prompt = stroke(PROMPT, Color.web(FROM), 14);
        Circle dot = new Circle(362, 352, 18, Color.web(TO));
        Group g = new Group(new Rectangle(BOX, BOX, Color.TRANSPARENT), tile, edges, source, top, bottom,
                prompt, dot);
        g.getTransforms().add(new Scale(size / BOX, size / BOX, 0, 0));
        return g;
    }

    private static Rectangle task(double y) {
        Rectangle r = new Rectangle(312, y, 100, 100);
        r.setArcWidth(56);
        r.setArcHeight(56);
        r.setFill(Color.WHITE);
        return r;
    }

    private static SVGPath stroke(String d, Color c, double width) {
        SVGPath p = new SVGPath();
        p.setContent(d);
        p.setFill(null);
        p.setStroke(c);
        p.setStrokeWidth(width);
        p.setStrokeLineCap(StrokeLineCap.ROUND);
        p.setStrokeLineJoin(StrokeLineJoin.ROUND);
        return p;
    }

    /** The same icon as an SVG document. */
    public static String svg() {
        return String.format(Locale.ROOT, """
                <svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
                  <title>cis</title>
                  <defs>
                    <linearGradient id="tile" x1="0" y1="0" x2="1" y2="1">
                      <stop offset="0" stop-color="%1$s"/>
                      <stop offset="1" stop-color="%2$s"/>
                    </linearGradient>
                  </defs>
                  <rect x="16" y="16" width="480" height="480" rx="112" fill="url(#tile)"/>
                  <path d="%3$s" fill="none" stroke="#ffffff" stroke-width="36" stroke-linecap="round"/>
                  <circle cx="150" cy="256" r="60" fill="#ffffff"/>
                  <rect x="312" y="110" width="100" height="100" rx="28" fill="#ffffff"/>
                  <rect x="312" y="302" width="100" height="100" rx="28" fill="#ffffff"/>
                  <path d="%4$s" fill="none" stroke="%1$s" stroke-width="14" stroke-linecap="round" stroke-linejoin="round"/>
                  <circle cx="362" cy="352" r="18" fill="%2$s"/>
                </svg>
                """, FROM, TO, EDGES, PROMPT);
    }

    /** File name of the PNG of one size, e.g. {@code cis-64.png}. */
    public static String fileName(int size) {
        return "cis-" + size + ".png";
    }

    /** The PNG of the smallest size at least {@code size} (or the largest), from the class path. */
    public static Image image(int size) {
        for (int s : SIZES) {
            if (s >= size) {
                return load(s);
            }
        }
        return load(SIZES[SIZES.length - 1]);
    }

    /** Every size, for a window's icon list (the desktop picks the best one for its DPI). */
    public static List<Image> images() {
        List<Image> out = new ArrayList<>();
        for (int s : SIZES) {
            Image i = load(s);
            if (i != null) {
                out.add(i);
            }
        }
        return out;
    }

    private static Image load(int size) {
        try (InputStream in = AppIcon.class.getResourceAsStream(fileName(size))) {
            return in == null ? null : new Image(in);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
