package dev.zmqstudio.ui.canvas;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/** Zoom and pan of the diagram: screen = translate + scale × world. */
public final class Viewport {

    /** Low enough that Fit shows a generated 1,000-node diagram whole (it needs about 7%). */
    public static final double MIN_SCALE = 0.03;
    public static final double MAX_SCALE = 4.0;

    private final Translate translate = new Translate();
    private final Scale scale = new Scale(1, 1);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);

    public Translate translate() {
        return translate;
    }

    public Scale scale() {
        return scale;
    }

    public double zoom() {
        return zoom.get();
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** Zooms by {@code factor} keeping the world point under {@code pivot} (canvas coordinates) in place. */
    public void zoomAt(double factor, Point2D pivot) {
        double old = zoom.get();
        double next = clamp(old * factor);
        Point2D world = toWorld(pivot);
        setZoom(next);
        translate.setX(pivot.getX() - world.getX() * next);
        translate.setY(pivot.getY() - world.getY() * next);
    }

    public void panBy(double dx, double dy) {
        translate.setX(translate.getX() + dx);
        translate.setY(translate.getY() + dy);
    }

    /** Shows {@code content} (world coordinates) centred in a view of the given size, never above 100%. */
    public void fit(Rectangle2D content, double viewWidth, double viewHeight, double margin) {
        if (content == null || viewWidth <= 0 || viewHeight <= 0) {
            return;
        }
        double sx = (viewWidth - 2 * margin) / Math.max(1, content.getWidth());
        double sy = (viewHeight - 2 * margin) / Math.max(1, content.getHeight());
        double next = clamp(Math.min(1.0, Math.min(sx, sy)));
        setZoom(next);
        translate.setX((viewWidth - content.getWidth() * next) / 2 - content.getMinX() * next);
        translate.setY((viewHeight - content.getHeight() * next) / 2 - content.getMinY() * next);
    }

    /** Back to 100%, keeping the world point at {@code pivot} in place. */
    public void reset(Point2D pivot) {
        zoomAt(1.0 / zoom.get(), pivot);
    }

    public void resetTo(double newZoom, double tx, double ty) {
        setZoom(clamp(newZoom));
        translate.setX(tx);
        translate.setY(ty);
    }

    public Point2D toWorld(Point2D canvasPoint) {
        return new Point2D((canvasPoint.getX() - translate.getX()) / zoom.get(),
                (canvasPoint.getY() - translate.getY()) / zoom.get());
    }

    public Point2D toCanvas(Point2D worldPoint) {
        return new Point2D(worldPoint.getX() * zoom.get() + translate.getX(),
                worldPoint.getY() * zoom.get() + translate.getY());
    }

    private void setZoom(double value) {
        scale.setX(value);
        scale.setY(value);
        zoom.set(value);
    }

    private static double clamp(double v) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, v));
    }
}
