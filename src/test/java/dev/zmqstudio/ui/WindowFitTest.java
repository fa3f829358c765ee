package dev.zmqstudio.ui;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowFitTest {

    @Test
    void aLargeScreenGetsTheComfortableSizeCentred() {
        WindowFit fit = WindowFit.on(new Rectangle2D(0, 0, 1920, 1040));
        assertEquals(1440, fit.width());
        assertEquals(900, fit.height());
        assertEquals(240, fit.x());
        assertEquals(70, fit.y());
        assertEquals(800, fit.minWidth());
        assertEquals(560, fit.minHeight());
    }

    @Test
    void aSmallScreenKeepsTheWholeWindowOnIt() {
        for (Rectangle2D screen : new Rectangle2D[] {new Rectangle2D(0, 0, 800, 600), new Rectangle2D(0, 24, 640, 456),
                new Rectangle2D(1920, 0, 1024, 740)}) {
            WindowFit fit = WindowFit.on(screen);
            assertTrue(fit.x() >= screen.getMinX() && fit.x() + fit.width() <= screen.getMaxX(), screen + " " + fit);
            assertTrue(fit.y() >= screen.getMinY() && fit.y() + fit.height() <= screen.getMaxY(), screen + " " + fit);
            assertTrue(fit.minWidth() <= screen.getWidth() && fit.minHeight() <= screen.getHeight(), screen + " " + fit);
            assertTrue(fit.width() >= fit.minWidth() && fit.height() >= fit.minHeight(), screen + " " + fit);
        }
    }
}
