package dev.zmqstudio.ui.run;

import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.ui.canvas.DiagramCanvas;
import dev.zmqstudio.ui.canvas.NodeGeometry;
import dev.zmqstudio.ui.canvas.NodeView;
import javafx.geometry.Point2D;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** Where a wire starts and ends on the canvas now (connector end, binder end), as the canvas draws it. */
final class WireAnchors implements Function<String, Point2D[]> {
    private final DiagramCanvas canvas;
    private final Supplier<Topology> topology;
    private final Map<String, Point2D[]> thisFrame = new HashMap<>();
    private Topology indexed;
    private Map<String, Wire> wires = Map.of();

    WireAnchors(DiagramCanvas canvas, Supplier<Topology> topology) {
        this.canvas = canvas;
        this.topology = topology;
    }

    /** Forgets last frame's positions (nodes may have moved). */
    void beginFrame() {
        thisFrame.clear();
    }

    @Override
    public Point2D[] apply(String wireId) {
        return thisFrame.computeIfAbsent(wireId, this::compute);
    }

    private Point2D[] compute(String wireId) {
        Topology t = topology.get();
        if (t != indexed) {
            indexed = t;
            wires = new HashMap<>();
            t.wires().forEach(w -> wires.put(w.id(), w));
        }
        Wire wire = wires.get(wireId);
        if (wire == null) {
            return null;
        }
        NodeView from = canvas.nodeView(wire.from());
        NodeView to = canvas.nodeView(wire.to());
        if (from == null || to == null) {
            return null;
        }
        return NodeGeometry.wireEnds(from.box(), wire.fromSide(), to.box(), wire.toSide());
    }
}
