package dev.zmqstudio.ui.canvas;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentsTest {
    private static final Rectangle2D WINDOW = new Rectangle2D(100, 100, 200, 100);

    private static boolean meet(double ax, double ay, double bx, double by) {
        return Segments.meet(new Point2D(ax, ay), new Point2D(bx, by), WINDOW);
    }

    @Test
    void aLineThroughTheWindowMeetsItThoughBothEndsAreOutside() {
        assertTrue(meet(0, 150, 1000, 150));
        assertTrue(meet(0, 0, 400, 300), "corner to corner");
    }

    @Test
    void aLineWhoseBoxCoversTheWindowButPassesBesideItDoesNot() {
        assertFalse(meet(0, 90, 1000, 0), "above it");
        assertFalse(meet(0, 260, 310, 1000), "below and left of it");
    }

    @Test
    void endsInsideParallelLinesAndPoints() {
        assertTrue(meet(150, 150, 2000, 2000), "one end inside");
        assertTrue(meet(150, 150, 150, 150), "a point inside");
        assertFalse(meet(50, 150, 50, 900), "vertical, left of it");
        assertTrue(meet(300, 0, 300, 900), "along its right edge");
    }
}
