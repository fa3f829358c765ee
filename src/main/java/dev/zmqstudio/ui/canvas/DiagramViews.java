package dev.zmqstudio.ui.canvas;

import dev.zmqstudio.model.Compatibility;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.ui.edit.Editor;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One view per node, wire and link, kept in step with the topology by id: new ids get views, known ids are
 * updated in place, vanished ids lose theirs. Wires are routed from where the node views are right now.
 */
final class DiagramViews {

    private final Editor editor;
    private final Group linkLayer;
    private final Group wireLayer;
    private final Group nodeLayer;
    private final Map<String, NodeView> nodeViews = new LinkedHashMap<>();
    private final Map<String, WireView> wireViews = new HashMap<>();
    private final Map<String, LinkView> linkViews = new HashMap<>();

    DiagramViews(Editor editor, Group linkLayer, Group wireLayer, Group nodeLayer) {
        this.editor = editor;
        this.linkLayer = linkLayer;
        this.wireLayer = wireLayer;
        this.nodeLayer = nodeLayer;
    }

    /** Brings the views in line with {@code topology}: new views for new ids, updates, removals. */
    void sync(Topology topology) {
        Set<String> seen = new HashSet<>();
        for (Node node : topology.nodes()) {
            seen.add(node.id());
            NodeView view = nodeViews.get(node.id());
            if (view == null || view.node().type() != node.type()) {
                if (view != null) {
                    nodeLayer.getChildren().remove(view);
                }
                view = new NodeView(node);
                nodeViews.put(node.id(), view);
                nodeLayer.getChildren().add(view);
            }
            view.update(node, editor.problemOf(node.id()));
        }
        nodeViews.keySet().removeIf(id -> {
            if (!seen.contains(id)) {
                nodeLayer.getChildren().remove(nodeViews.get(id));
                return true;
            }
            return false;
        });
        syncWires(topology);
        syncLinks(topology);
        showSelection(editor.selection().ids());
    }

    private void syncWires(Topology topology) {
        Set<String> seen = new HashSet<>();
        for (Wire wire : topology.wires()) {
            seen.add(wire.id());
            WireView view = wireViews.computeIfAbsent(wire.id(), id -> {
                WireView v = new WireView(wire);
                wireLayer.getChildren().add(v);
                return v;
            });
            Node from = topology.node(wire.from()).orElse(null);
            Node to = topology.node(wire.to()).orElse(null);
            Compatibility.Flow flow = from == null || to == null ? Compatibility.Flow.NONE
                    : Compatibility.flow(from.socket(wire.fromSide()).type(), to.socket(wire.toSide()).type());
            view.update(wire, flow, editor.problemOf(wire.id()));
            route(view);
        }
        wireViews.keySet().removeIf(id -> {
            if (!seen.contains(id)) {
                wireLayer.getChildren().remove(wireViews.get(id));
                return true;
            }
            return false;
        });
    }

    private void syncLinks(Topology topology) {
        Set<String> seen = new HashSet<>();
        for (Link link : topology.links()) {
            seen.add(link.id());
            LinkView view = linkViews.computeIfAbsent(link.id(), id -> {
                LinkView v = new LinkView(link);
                linkLayer.getChildren().add(v);
                return v;
            });
            view.update(link);
            route(view);
        }
        linkViews.keySet().removeIf(id -> {
            if (!seen.contains(id)) {
                linkLayer.getChildren().remove(linkViews.get(id));
                return true;
            }
            return false;
        });
    }

    private void route(WireView view) {
        NodeView from = nodeViews.get(view.wire().from());
        NodeView to = nodeViews.get(view.wire().to());
        if (from == null || to == null) {
            view.setVisible(false);
            return;
        }
        view.setVisible(true);
        Point2D[] ends = NodeGeometry.wireEnds(from.box(), view.wire().fromSide(), to.box(), view.wire().toSide());
        view.route(ends[0], ends[1]);
    }

    private void route(LinkView view) {
        NodeView from = nodeViews.get(view.link().from());
        NodeView to = nodeViews.get(view.link().to());
        if (from == null || to == null) {
            view.setVisible(false);
            return;
        }
        view.setVisible(true);
        Point2D a = NodeGeometry.anchor(from.box(), Side.MAIN, NodeGeometry.centre(to.box()));
        Point2D b = NodeGeometry.anchor(to.box(), Side.MAIN, NodeGeometry.centre(from.box()));
        view.route(a, b);
    }

    /** Moves node views ahead of the model (during a drag) and re-routes their wires and links. */
    void preview(Map<String, Position> positions) {
        positions.forEach((id, p) -> {
            NodeView v = nodeViews.get(id);
            if (v != null) {
                v.relocate(p.x(), p.y());
            }
        });
        Set<String> moved = positions.keySet();
        wireViews.values().stream().filter(w -> moved.contains(w.wire().from()) || moved.contains(w.wire().to()))
                .forEach(this::route);
        linkViews.values().stream().filter(l -> moved.contains(l.link().from()) || moved.contains(l.link().to()))
                .forEach(this::route);
    }

    void showSelection(Set<String> ids) {
        nodeViews.forEach((id, v) -> v.setSelected(ids.contains(id)));
        wireViews.forEach((id, v) -> v.setSelected(ids.contains(id)));
        linkViews.forEach((id, v) -> v.setSelected(ids.contains(id)));
    }

    /** The node whose box contains {@code world}, topmost first. */
    NodeView nodeAt(Point2D world) {
        NodeView hit = null;
        for (NodeView v : nodeViews.values()) {
            if (v.box().contains(world)) {
                hit = v;
            }
        }
        return hit;
    }

    Rectangle2D contentBounds() {
        return contentBounds(nodeViews.values());
    }

    static Rectangle2D contentBounds(Collection<NodeView> views) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (NodeView v : views) {
            Rectangle2D b = v.box();
            minX = Math.min(minX, b.getMinX());
            minY = Math.min(minY, b.getMinY());
            maxX = Math.max(maxX, b.getMaxX());
            maxY = Math.max(maxY, b.getMaxY());
        }
        return views.isEmpty() ? null : new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }

    NodeView nodeView(String id) {
        return nodeViews.get(id);
    }

    int nodeCount() {
        return nodeViews.size();
    }
}
