package dev.cis.ui.graph;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/**
 * Which part of the graph is on screen: {@code screen = world * zoom + offset}. Pure arithmetic plus
 * observable properties, so it can be tested without a window.
 */
public final class GraphViewport {

    public static final double MIN_ZOOM = 0.01;
    public static final double MAX_ZOOM = 3.0;
    /** Factor of one zoom step (keyboard, buttons). */
    public static final double STEP = 1.2;

    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final ReadOnlyDoubleWrapper offsetX = new ReadOnlyDoubleWrapper(this, "offsetX");
    private final ReadOnlyDoubleWrapper offsetY = new ReadOnlyDoubleWrapper(this, "offsetY");

    public double zoom() {
        return zoom.get();
    }

    public double offsetX() {
        return offsetX.get();
    }

    public double offsetY() {
        return offsetY.get();
    }

    /** Multiplies the zoom by {@code factor} keeping the world point under the screen pivot in place. */
    public void zoomBy(double factor, double pivotX, double pivotY) {
        double old = zoom.get();
        double z = clamp(old * factor);
        double wx = toWorldX(pivotX);
        double wy = toWorldY(pivotY);
        zoom.set(z);
        offsetX.set(pivotX - wx * z);
        offsetY.set(pivotY - wy * z);
    }

    public void panBy(double dx, double dy) {
        offsetX.set(offsetX.get() + dx);
        offsetY.set(offsetY.get() + dy);
    }

    /** Shows all of {@code content} (world) inside a view of the given size; never zooms in past 100 %. */
    public void fit(Bounds content, double viewWidth, double viewHeight, double margin) {
        if (content.getWidth() <= 0 || content.getHeight() <= 0 || viewWidth <= 0 || viewHeight <= 0) {
            return;
        }
        double zx = (viewWidth - 2 * margin) / content.getWidth();
        double zy = (viewHeight - 2 * margin) / content.getHeight();
        double z = clamp(Math.min(1.0, Math.min(zx, zy)));
        zoom.set(z);
        offsetX.set((viewWidth - content.getWidth() * z) / 2 - content.getMinX() * z);
        offsetY.set((viewHeight - content.getHeight() * z) / 2 - content.getMinY() * z);
    }

    /** Pans so that the world rectangle is inside the view, with a margin, when it is not already. */
    public void reveal(double wx, double wy, double ww, double wh, double viewWidth, double viewHeight) {
        double margin = 24;
        double left = toScreenX(wx);
        double right = toScreenX(wx + ww);
        double top = toScreenY(wy);
        double bottom = toScreenY(wy + wh);
        double dx = 0;
        double dy = 0;
        if (left < margin) {
            dx = margin - left;
        } else if (right > viewWidth - margin) {
            dx = viewWidth - margin - right;
        }
        if (top < margin) {
            dy = margin - top;
        } else if (bottom > viewHeight - margin) {
            dy = viewHeight - margin - bottom;
        }
        panBy(dx, dy);
    }

    /** The world rectangle a view of the given size shows. */
    public Bounds visibleWorld(double viewWidth, double viewHeight) {
        double z = zoom.get();
        return new BoundingBox(toWorldX(0), toWorldY(0), viewWidth / z, viewHeight / z);
    }

    public double toWorldX(double screenX) {
        return (screenX - offsetX.get()) / zoom.get();
    }

    public double toWorldY(double screenY) {
        return (screenY - offsetY.get()) / zoom.get();
    }

    public double toScreenX(double worldX) {
        return worldX * zoom.get() + offsetX.get();
    }

    public double toScreenY(double worldY) {
        return worldY * zoom.get() + offsetY.get();
    }

    private static double clamp(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty offsetXProperty() {
        return offsetX.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty offsetYProperty() {
        return offsetY.getReadOnlyProperty();
    }
}
