package dev.zmqstudio.ui.canvas;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds each label a free spot beside its line: clear of every obstacle (node boxes) and of every label placed
 * before it. It tries the middle of the line first, then points further along it, first on the preferred side,
 * first close to the line (longest text first), then a little further out (shortest text first); a label that fits
 * nowhere gets no spot (its owner hides it).
 * Plain geometry in diagram coordinates, so it is tested without a window.
 */
final class LabelPlacer {

    /** Room between a label and its line (clears the line's arrows). */
    static final double GAP = 6;
    private static final double[] ALONG = {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78};
    /** Extra distance from the line, tried after every spot close to it is taken. */
    private static final double[] FURTHER = {0, 16, 32, 52};
    private static final double CELL = 128;
    /** Room kept between two labels. */
    private static final double SPACING = 2;

    /** Which side of its line a label prefers: below (or right of a vertical line), or above (or left). */
    enum Side {
        BELOW(1), ABOVE(-1);

        final int sign;

        Side(int sign) {
            this.sign = sign;
        }
    }

    /** Where a label went: which of its sizes, its box, and the point of the line it belongs to. */
    record Spot(int option, Rectangle2D box, Point2D onLine, boolean away) {
    }

    private final Map<Long, List<Rectangle2D>> cells = new HashMap<>();
    private final LabelPlacer under;

    LabelPlacer() {
        this(null);
    }

    /** Places over what {@code under} has blocked, without changing it. */
    LabelPlacer(LabelPlacer under) {
        this.under = under;
    }

    /** Nothing may be placed over {@code r}. */
    void block(Rectangle2D r) {
        forCells(r, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(r));
    }

    /** Whether {@code r} overlaps nothing blocked. */
    boolean isFree(Rectangle2D r) {
        if (under != null && !under.isFree(r)) {
            return false;
        }
        boolean[] free = {true};
        forCells(r, key -> {
            if (free[0]) {
                List<Rectangle2D> here = cells.get(key);
                if (here != null) {
                    for (Rectangle2D o : here) {
                        if (o.intersects(r)) {
                            free[0] = false;
                            return;
                        }
                    }
                }
            }
        });
        return free[0];
    }

    /**
     * Places one label beside the line {@code a}-{@code b}. {@code sizes}: the label's possible sizes (full text,
     * short text...), best first, each {width, height}. The spot found is blocked for later labels.
     */
    Spot place(Point2D a, Point2D b, List<double[]> sizes, Side preferred) {
        double len = a.distance(b);
        if (len < 1e-6 || sizes.isEmpty()) {
            return null;
        }
        double ux = (b.getX() - a.getX()) / len;
        double uy = (b.getY() - a.getY()) / len;
        double nx = -uy;
        double ny = ux;
        if (ny < 0 || (ny == 0 && nx < 0)) {
            nx = -nx;
            ny = -ny;
        }
        for (double further : FURTHER) {
            for (int i = 0; i < sizes.size(); i++) {
                // Close to the line the longest text that fits; a little away, the shortest, to keep the clutter down.
                int option = further == 0 ? i : sizes.size() - 1 - i;
                double w = sizes.get(option)[0];
                double h = sizes.get(option)[1];
                double off = GAP + further + Math.abs(nx) * w / 2 + Math.abs(ny) * h / 2;
                for (double t : ALONG) {
                    Point2D onLine = new Point2D(a.getX() + ux * len * t, a.getY() + uy * len * t);
                    for (int side : new int[]{preferred.sign, -preferred.sign}) {
                        double cx = onLine.getX() + side * nx * off;
                        double cy = onLine.getY() + side * ny * off;
                        Rectangle2D box = new Rectangle2D(cx - w / 2, cy - h / 2, w, h);
                        Rectangle2D kept = new Rectangle2D(box.getMinX() - SPACING, box.getMinY() - SPACING,
                                w + 2 * SPACING, h + 2 * SPACING);
                        if (isFree(kept)) {
                            block(kept);
                            return new Spot(option, box, onLine, further > 0);
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Where a label sits when it is shown although it found no free spot (hovered, selected): the middle. */
    static Rectangle2D fallback(Point2D a, Point2D b, double w, double h, Side preferred) {
        double len = Math.max(a.distance(b), 1e-6);
        double nx = -(b.getY() - a.getY()) / len;
        double ny = (b.getX() - a.getX()) / len;
        if (ny < 0 || (ny == 0 && nx < 0)) {
            nx = -nx;
            ny = -ny;
        }
        double off = preferred.sign * (GAP + Math.abs(nx) * w / 2 + Math.abs(ny) * h / 2);
        Point2D mid = a.midpoint(b);
        return new Rectangle2D(mid.getX() + nx * off - w / 2, mid.getY() + ny * off - h / 2, w, h);
    }

    private static void forCells(Rectangle2D r, java.util.function.LongConsumer action) {
        long x0 = (long) Math.floor(r.getMinX() / CELL);
        long x1 = (long) Math.floor(r.getMaxX() / CELL);
        long y0 = (long) Math.floor(r.getMinY() / CELL);
        long y1 = (long) Math.floor(r.getMaxY() / CELL);
        for (long x = x0; x <= x1; x++) {
            for (long y = y0; y <= y1; y++) {
                action.accept((x << 32) ^ (y & 0xffffffffL));
            }
        }
    }
}
