package dev.zmqstudio.ui;

import javafx.geometry.Rectangle2D;

/**
 * Where the designer window first opens and how small it may get, on a screen's visible area: a comfortable size
 * where the screen has room, and never wider or taller than the screen, so no edge of the window is out of reach.
 */
public record WindowFit(double x, double y, double width, double height, double minWidth, double minHeight) {
    static final double PREFERRED_WIDTH = 1440;
    static final double PREFERRED_HEIGHT = 900;
    /** Below this the palette, canvas and properties crowd each other; smaller screens get their whole width. */
    static final double LEAST_WIDTH = 800;
    static final double LEAST_HEIGHT = 560;
    private static final double SHARE_OF_SCREEN = 0.92;

    public static WindowFit on(Rectangle2D screen) {
        double minWidth = Math.min(LEAST_WIDTH, screen.getWidth());
        double minHeight = Math.min(LEAST_HEIGHT, screen.getHeight());
        double width = Math.max(minWidth, Math.min(PREFERRED_WIDTH, screen.getWidth() * SHARE_OF_SCREEN));
        double height = Math.max(minHeight, Math.min(PREFERRED_HEIGHT, screen.getHeight() * SHARE_OF_SCREEN));
        double x = screen.getMinX() + (screen.getWidth() - width) / 2;
        double y = screen.getMinY() + (screen.getHeight() - height) / 2;
        return new WindowFit(x, y, width, height, minWidth, minHeight);
    }
}
