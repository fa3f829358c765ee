package dev.zmqstudio.ui.canvas;

import dev.zmqstudio.model.NodeType;
import dev.zmqstudio.model.Side;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/** Sizes of node boxes and where wires meet them. A node's position is its top-left corner. */
public final class NodeGeometry {

    public static final double SOCKET_WIDTH = 176;
    public static final double SOCKET_HEIGHT = 58;
    public static final double DEVICE_WIDTH = 208;
    public static final double DEVICE_HEIGHT = 64;

    private NodeGeometry() {
    }

    public static double width(NodeType type) {
        return type.isDevice() ? DEVICE_WIDTH : SOCKET_WIDTH;
    }

    public static double height(NodeType type) {
        return type.isDevice() ? DEVICE_HEIGHT : SOCKET_HEIGHT;
    }

    /** The widest a box grows to fit a long name. */
    public static final double MAX_WIDTH = 300;

    /** Where a handle sits relative to the top-left corner of a box of the default width. */
    public static Point2D handle(NodeType type, Side side) {
        return handle(type, side, width(type));
    }

    /** Where a handle sits relative to the top-left corner of a box {@code w} wide. */
    public static Point2D handle(NodeType type, Side side, double w) {
        double h = height(type);
        return switch (side) {
            case MAIN -> new Point2D(w, h / 2);
            case FRONTEND -> new Point2D(0, h / 2);
            case BACKEND -> new Point2D(w, h / 2);
        };
    }

    /**
     * Where a wire attached to {@code side} of the box leaves it heading for {@code toward}: a device's side is
     * its handle; a socket node's wire leaves through the border on the straight line to {@code toward}.
     */
    public static Point2D anchor(Rectangle2D box, Side side, Point2D toward) {
        if (side == Side.FRONTEND) {
            return new Point2D(box.getMinX(), box.getMinY() + box.getHeight() / 2);
        }
        if (side == Side.BACKEND) {
            return new Point2D(box.getMaxX(), box.getMinY() + box.getHeight() / 2);
        }
        double cx = box.getMinX() + box.getWidth() / 2;
        double cy = box.getMinY() + box.getHeight() / 2;
        double dx = toward.getX() - cx;
        double dy = toward.getY() - cy;
        if (Math.abs(dx) < 1e-9 && Math.abs(dy) < 1e-9) {
            return new Point2D(cx, cy);
        }
        double sx = Math.abs(dx) < 1e-9 ? Double.POSITIVE_INFINITY : (box.getWidth() / 2) / Math.abs(dx);
        double sy = Math.abs(dy) < 1e-9 ? Double.POSITIVE_INFINITY : (box.getHeight() / 2) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new Point2D(cx + dx * s, cy + dy * s);
    }

    /** Where a wire is drawn: {connector end, binder end}, each on its node's side facing the other node. */
    public static Point2D[] wireEnds(Rectangle2D connector, Side connectorSide, Rectangle2D binder, Side binderSide) {
        return new Point2D[] {anchor(connector, connectorSide, centre(binder)), anchor(binder, binderSide, centre(connector))};
    }

    public static Point2D centre(Rectangle2D box) {
        return new Point2D(box.getMinX() + box.getWidth() / 2, box.getMinY() + box.getHeight() / 2);
    }
}
