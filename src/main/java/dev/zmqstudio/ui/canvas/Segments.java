package dev.zmqstudio.ui.canvas;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/** Plain geometry of line segments. */
final class Segments {
    private Segments() {
    }

    /**
     * Whether the segment {@code a}-{@code b} has a point inside {@code r} (Liang-Barsky: the part of the segment
     * between the rectangle's four edges is not empty). A long line whose box covers the window but that passes
     * beside it does not meet it.
     */
    static boolean meet(Point2D a, Point2D b, Rectangle2D r) {
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.getX() - r.getMinX(), r.getMaxX() - a.getX(), a.getY() - r.getMinY(), r.getMaxY() - a.getY()};
        double enter = 0;
        double leave = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false; // parallel to this edge and outside it
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        return enter <= leave;
    }
}
