package dev.zmqstudio.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Shape;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * In a large diagram, above the map's zoom, the lines of every wire that looks as a wire does by default drawn as one
 * path under the wire views, whose own lines then hide (their arrows, ends and labels stay). Software rendering pays
 * per shape: where a thousand wires cross the window, their lines as shapes were most of a 42 ms frame, as one path
 * they take a few ms. A wire whose line the stylesheet draws otherwise (hovered, selected, failing, faulted, in a live
 * state of its own) keeps its own line, drawn above the others. The path carries the wire line's style class, so
 * "looks as a wire does" is decided by comparing what CSS gave each line with what it gave this path.
 */
final class PlainWireLines extends Path {

    PlainWireLines() {
        getStyleClass().addAll("wire-line", "plain-wire-lines");
        setMouseTransparent(true);
        setVisible(false);
    }

    /**
     * Draws the plain ones of {@code wires} ({@code on}: the diagram is large and not a map) and hides their own
     * lines; every other wire draws its own line.
     */
    void redraw(Collection<WireView> wires, boolean on) {
        List<PathElement> elements = new ArrayList<>();
        for (WireView v : wires) {
            boolean plain = on && v.visibility().isShown() && v.drawsLike(this);
            v.setLineBundled(plain);
            if (plain) {
                Point2D a = v.placedLabel().start();
                Point2D b = v.placedLabel().end();
                elements.add(new MoveTo(a.getX(), a.getY()));
                elements.add(new LineTo(b.getX(), b.getY()));
            }
        }
        getElements().setAll(elements);
        setVisible(on);
    }

    /** Whether {@code line} is drawn exactly as this path draws its lines. */
    boolean looksLike(Shape line) {
        return line.getOpacity() == getOpacity() && line.getStrokeWidth() == getStrokeWidth()
                && java.util.Objects.equals(line.getStroke(), getStroke())
                && line.getStrokeLineCap() == getStrokeLineCap()
                && line.getStrokeDashArray().equals(getStrokeDashArray())
                && line.getStrokeDashOffset() == getStrokeDashOffset();
    }
}
