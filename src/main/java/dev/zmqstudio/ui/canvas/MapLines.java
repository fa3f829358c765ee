package dev.zmqstudio.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * At {@link LevelOfDetail#MAP} zoom, every wire and every link drawn as one path each (plus one for wires in error
 * or selected), in place of what their views draw (the views stay, for hover and clicks): software rendering pays
 * per shape, and a thousand one-pixel lines cost 60 ms a frame as shapes but a few as one path. Rebuilt only when
 * lines move while it is shown.
 */
final class MapLines extends Group {
    private final Path wires = path("map-wires");
    private final Path links = path("map-links");
    private final Path marked = path("map-marked");

    MapLines() {
        getChildren().addAll(links, wires, marked);
        setMouseTransparent(true);
        setVisible(false);
    }

    private static Path path(String styleClass) {
        Path p = new Path();
        p.getStyleClass().add(styleClass);
        return p;
    }

    /** Lines one screen pixel wide at {@code zoom} (the selected and failing ones three). */
    void setZoom(double zoom) {
        double px = 1 / Math.max(zoom, 1e-6);
        wires.setStrokeWidth(px);
        links.setStrokeWidth(px);
        marked.setStrokeWidth(3 * px);
    }

    void redraw(Collection<WireView> wireViews, Collection<LinkView> linkViews) {
        List<PathElement> plain = new ArrayList<>();
        List<PathElement> special = new ArrayList<>();
        for (WireView v : wireViews) {
            if (v.visibility().isShown()) {
                add(v.isMarked() ? special : plain, v.placedLabel());
            }
        }
        List<PathElement> linkLines = new ArrayList<>();
        for (LinkView v : linkViews) {
            if (v.visibility().isShown()) {
                add(linkLines, v.placedLabel());
            }
        }
        wires.getElements().setAll(plain);
        marked.getElements().setAll(special);
        links.getElements().setAll(linkLines);
    }

    private static void add(List<PathElement> elements, LineLabel line) {
        Point2D a = line.start();
        Point2D b = line.end();
        if (a != null && b != null) {
            elements.add(new MoveTo(a.getX(), a.getY()));
            elements.add(new LineTo(b.getX(), b.getY()));
        }
    }
}
