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

    /** The widest a box grows to fit its text; beyond, the text is cut and the box has a tooltip. */
    public static final double MAX_WIDTH = 320;
    /** Left of the text column: the icon tile (12 + 30) and a gap. */
    static final double TEXT_X = 52;
    /** Right of the text column. */
    static final double RIGHT_PAD = 10;

    /**
     * The width of a box of {@code type} whose title and subtitle are this wide: room for both, within the default
     * and the maximum width.
     */
    static double width(NodeType type, double title, double subtitle) {
        double needed = Math.ceil((TEXT_X + Math.max(title, subtitle) + RIGHT_PAD) / 4) * 4;
        return Math.min(MAX_WIDTH, Math.max(width(type), needed));
    }

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
     * Where a wire attached to {@code side} of {@code box} meets it, given the box at its other end. A device's
     * side is its handle (frontend left, backend right). A socket node has a port in the middle of each side: the
     * right one (its handle) when the other box lies to the right, the left one when it lies to the left, and the
     * top or bottom one when the two boxes overlap left to right; never a corner or an arbitrary point of an edge.
     */
    public static Point2D anchor(Rectangle2D box, Side side, Rectangle2D other) {
        double cx = box.getMinX() + box.getWidth() / 2;
        double cy = box.getMinY() + box.getHeight() / 2;
        if (side == Side.FRONTEND) {
            return new Point2D(box.getMinX(), cy);
        }
        if (side == Side.BACKEND) {
            return new Point2D(box.getMaxX(), cy);
        }
        if (other.getMinX() >= box.getMaxX()) {
            return new Point2D(box.getMaxX(), cy);
        }
        if (other.getMaxX() <= box.getMinX()) {
            return new Point2D(box.getMinX(), cy);
        }
        double ocx = other.getMinX() + other.getWidth() / 2;
        double ocy = other.getMinY() + other.getHeight() / 2;
        if (Math.abs(ocy - cy) * 2 < box.getHeight() + other.getHeight()) {
            // The boxes overlap: whichever side the other's centre is on, left or right.
            return new Point2D(ocx >= cx ? box.getMaxX() : box.getMinX(), cy);
        }
        return new Point2D(cx, ocy < cy ? box.getMinY() : box.getMaxY());
    }

    /** Where a wire is drawn: {connector end, binder end}, each at its node's port facing the other node. */
    public static Point2D[] wireEnds(Rectangle2D connector, Side connectorSide, Rectangle2D binder, Side binderSide) {
        return new Point2D[] {anchor(connector, connectorSide, binder), anchor(binder, binderSide, connector)};
    }

    public static Point2D centre(Rectangle2D box) {
        return new Point2D(box.getMinX() + box.getWidth() / 2, box.getMinY() + box.getHeight() / 2);
    }
}
