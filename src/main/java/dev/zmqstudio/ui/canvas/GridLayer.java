package dev.zmqstudio.ui.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The dot grid behind the diagram, drawn in screen space so it costs the same at any zoom. */
final class GridLayer extends Canvas {

    static final double STEP = 20;
    private static final Color MINOR = Color.web("#d5dae1");
    private static final Color MAJOR = Color.web("#b8bfca");

    private final Viewport viewport;
    private boolean shown = true;

    GridLayer(Viewport viewport) {
        this.viewport = viewport;
        setMouseTransparent(true);
        getStyleClass().add("grid-layer");
        widthProperty().addListener(o -> redraw());
        heightProperty().addListener(o -> redraw());
        viewport.zoomProperty().addListener(o -> redraw());
        viewport.translate().xProperty().addListener(o -> redraw());
        viewport.translate().yProperty().addListener(o -> redraw());
    }

    void setShown(boolean value) {
        shown = value;
        redraw();
    }

    void redraw() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        if (!shown) {
            return;
        }
        double zoom = viewport.zoom();
        double step = STEP * zoom;
        int every = 1;
        // Keep dots at least 8 px apart: at low zoom only every 5th (major) dot is drawn.
        while (step * every < 8) {
            every *= 5;
        }
        double ox = viewport.translate().getX();
        double oy = viewport.translate().getY();
        long firstI = (long) Math.floor(-ox / step);
        long firstJ = (long) Math.floor(-oy / step);
        for (long i = firstI; i * step + ox <= getWidth(); i++) {
            if (i % every != 0) {
                continue;
            }
            double x = i * step + ox;
            for (long j = firstJ; j * step + oy <= getHeight(); j++) {
                if (j % every != 0) {
                    continue;
                }
                boolean major = i % 5 == 0 && j % 5 == 0;
                g.setFill(major ? MAJOR : MINOR);
                double r = major ? 1.4 : 1.0;
                g.fillOval(x - r, j * step + oy - r, 2 * r, 2 * r);
            }
        }
    }
}
