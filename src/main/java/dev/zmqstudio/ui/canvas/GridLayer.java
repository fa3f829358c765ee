package dev.zmqstudio.ui.canvas;

import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;

/**
 * The dot grid behind the diagram, drawn in screen space so it costs the same at any zoom. Its colours come from
 * the stylesheet ({@code -grid-dot-color}, {@code -grid-major-dot-color}), so they follow the theme.
 */
final class GridLayer extends Canvas {

    static final double STEP = 20;

    private static final CssMetaData<GridLayer, Color> DOT = colour("-grid-dot-color", Color.web("#d5dae1"), g -> g.dot);
    private static final CssMetaData<GridLayer, Color> MAJOR_DOT =
            colour("-grid-major-dot-color", Color.web("#b8bfca"), g -> g.majorDot);
    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Canvas.getClassCssMetaData());
        all.add(DOT);
        all.add(MAJOR_DOT);
        CSS = List.copyOf(all);
    }

    private final StyleableObjectProperty<Color> dot = new SimpleStyleableObjectProperty<>(DOT, this, "dot",
            DOT.getInitialValue(null));
    private final StyleableObjectProperty<Color> majorDot = new SimpleStyleableObjectProperty<>(MAJOR_DOT, this,
            "majorDot", MAJOR_DOT.getInitialValue(null));

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
        dot.addListener(o -> redraw());
        majorDot.addListener(o -> redraw());
    }

    private static CssMetaData<GridLayer, Color> colour(String property, Color initial,
                                                        java.util.function.Function<GridLayer, StyleableObjectProperty<Color>> of) {
        return new CssMetaData<>(property, StyleConverter.getColorConverter(), initial) {
            @Override
            public boolean isSettable(GridLayer grid) {
                return !of.apply(grid).isBound();
            }

            @Override
            public StyleableProperty<Color> getStyleableProperty(GridLayer grid) {
                return of.apply(grid);
            }
        };
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }

    /** The dots' colour now (the theme's). */
    Color dotColour() {
        return dot.get();
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
                g.setFill(major ? majorDot.get() : dot.get());
                double r = major ? 1.4 : 1.0;
                if (major && every == 1) {
                    g.fillOval(x - r, j * step + oy - r, 2 * r, 2 * r);
                } else {
                    // A 2 px square looks like a 2 px dot, and software rendering fills it without tracing a curve:
                    // a window of dots costs a tenth as much (only the sparse major dots stay round, up close).
                    g.fillRect(x - r, j * step + oy - r, 2 * r, 2 * r);
                }
            }
        }
    }
}
