package dev.zmqstudio.ui.run;

import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.ui.canvas.DiagramCanvas;
import dev.zmqstudio.ui.canvas.NodeGeometry;
import dev.zmqstudio.ui.canvas.NodeView;
import javafx.geometry.Point2D;

import java.util.function.Function;
import java.util.function.Supplier;

/** Where a wire starts and ends on the canvas now (connector end, binder end), as the canvas draws it. */
final class WireAnchors implements Function<String, Point2D[]> {
    private final DiagramCanvas canvas;
    private final Supplier<Topology> topology;

    WireAnchors(DiagramCanvas canvas, Supplier<Topology> topology) {
        this.canvas = canvas;
        this.topology = topology;
    }

    @Override
    public Point2D[] apply(String wireId) {
        Wire wire = topology.get().wire(wireId).orElse(null);
        if (wire == null) {
            return null;
        }
        NodeView from = canvas.nodeView(wire.from());
        NodeView to = canvas.nodeView(wire.to());
        if (from == null || to == null) {
            return null;
        }
        Point2D a = NodeGeometry.anchor(from.box(), wire.fromSide(), NodeGeometry.centre(to.box()));
        Point2D b = NodeGeometry.anchor(to.box(), wire.toSide(), NodeGeometry.centre(from.box()));
        return new Point2D[] {a, b};
    }
}
