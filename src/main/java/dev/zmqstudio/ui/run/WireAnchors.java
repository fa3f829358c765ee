package dev.zmqstudio.ui.run;

import dev.zmqstudio.ui.canvas.DiagramCanvas;
import javafx.geometry.Point2D;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Where a wire starts and ends on the canvas now (connector end, binder end): exactly where the canvas draws it
 * (at its nodes' ports), remembered for the rest of the frame.
 */
final class WireAnchors implements Function<String, Point2D[]> {
    private final DiagramCanvas canvas;
    private final Map<String, Point2D[]> thisFrame = new HashMap<>();

    WireAnchors(DiagramCanvas canvas) {
        this.canvas = canvas;
    }

    /** Forgets last frame's positions (nodes may have moved). */
    void beginFrame() {
        thisFrame.clear();
    }

    @Override
    public Point2D[] apply(String wireId) {
        return thisFrame.computeIfAbsent(wireId, canvas::wireEnds);
    }
}
