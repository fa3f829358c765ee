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

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One view per node, wire and link, kept in step with the topology by id: new ids get views, known ids are
 * updated in place, vanished ids lose theirs. Wires are routed from where the node views are right now, and their
 * labels placed clear of the nodes and of each other ({@link LabelPlacer}) once per pulse after any change.
 */
final class DiagramViews {
    private static final javafx.css.PseudoClass MAP = javafx.css.PseudoClass.getPseudoClass("lod-map");
    /** From this many nodes on, what is far outside the window is not drawn ({@link #cull}). */
    static final int CULL_FROM = 200;

    private final Editor editor;
    private final Group linkLayer;
    private final Group wireLayer;
    private final Group nodeLayer;
    private final MapLines mapLines;
    private final PlainWireLines plainLines;
    /** Lines moved, or changed how they look, since {@link #mapLines} and {@link #plainLines} were drawn. */
    private boolean mapLinesDirty = true;
    private final Map<String, NodeView> nodeViews = new LinkedHashMap<>();
    private final Map<String, WireView> wireViews = new HashMap<>();
    private final Map<String, LinkView> linkViews = new HashMap<>();
    private final Runnable labelsMoved;
    private LevelOfDetail detail = LevelOfDetail.FULL;
    private double labelScale = 1;
    private double failureScale = 1;
    private boolean labelsDirty;
    /** The spots the diagram's own labels took, for labels shown while running. */
    private LabelPlacer placed = new LabelPlacer();

    /** {@code labelsMoved}: asks for a layout pass, in which {@link #placeLabelsIfMoved} runs. */
    DiagramViews(Editor editor, Group linkLayer, Group wireLayer, Group nodeLayer, MapLines mapLines,
                 PlainWireLines plainLines, Runnable labelsMoved) {
        this.mapLines = mapLines;
        this.plainLines = plainLines;
        this.editor = editor;
        this.labelsMoved = labelsMoved;
        this.linkLayer = linkLayer;
        this.wireLayer = wireLayer;
        this.nodeLayer = nodeLayer;
        linkLayer.getStyleClass().add("diagram-layer");
        wireLayer.getStyleClass().add("diagram-layer");
    }

    /** Brings the views in line with {@code topology}: new views for new ids, updates, removals. */
    void sync(Topology topology) {
        boolean large = topology.nodes().size() >= CULL_FROM;
        Set<String> seen = new HashSet<>();
        List<javafx.scene.Node> added = new ArrayList<>();
        Set<javafx.scene.Node> removed = new HashSet<>();
        for (Node node : topology.nodes()) {
            seen.add(node.id());
            NodeView view = nodeViews.get(node.id());
            if (view == null || view.node().type() != node.type()) {
                if (view != null) {
                    removed.add(view);
                }
                view = new NodeView(node, large);
                view.setDetail(detail);
                view.setTextScale(failureScale);
                view.setOnFootprintChanged(this::labelsMoved);
                nodeViews.put(node.id(), view);
                added.add(view);
            }
            view.update(node, editor.problemOf(node.id()));
            view.showTopics(dev.zmqstudio.model.BrokerTopics.of(topology, node));
        }
        nodeViews.keySet().removeIf(id -> {
            if (!seen.contains(id)) {
                removed.add(nodeViews.get(id));
                return true;
            }
            return false;
        });
        change(nodeLayer, added, removed);
        syncWires(topology);
        syncLinks(topology);
        showSelection(editor.selection().ids());
        labelsMoved();
    }

    /** A wire's line is drawn otherwise: {@link #plainLines} may take it in or leave it out. */
    private void lineLookChanged() {
        if (!mapLinesDirty && nodeViews.size() >= CULL_FROM) {
            mapLinesDirty = true;
            labelsMoved.run();
        }
    }

    /** Labels must be placed again (at the next layout pass, once CSS has given them their fonts). */
    void labelsMoved() {
        labelsDirty = true;
        mapLinesDirty = true;
        labelsMoved.run();
    }

    /** Shows what can be read at {@code zoom} ({@link LevelOfDetail}). */
    void setZoom(double zoom) {
        LevelOfDetail level = LevelOfDetail.at(zoom);
        mapLines.setZoom(zoom);
        double scale = LevelOfDetail.labelScale(zoom, LevelOfDetail.LABEL_TEXT_PX);
        failureScale = LevelOfDetail.labelScale(zoom, LevelOfDetail.NODE_SMALL_TEXT_PX);
        nodeViews.values().forEach(v -> v.setTextScale(failureScale));
        if (level != detail) {
            detail = level;
            nodeViews.values().forEach(v -> v.setDetail(level));
            boolean map = level == LevelOfDetail.MAP;
            // The views stay (their invisible hit lines still answer hover and clicks); what they draw is hidden.
            wireLayer.pseudoClassStateChanged(MAP, map);
            linkLayer.pseudoClassStateChanged(MAP, map);
            mapLines.setVisible(map);
            labelsMoved();
        }
        if (scale != labelScale) {
            labelScale = scale;
            labelsMoved();
        }
    }

    LevelOfDetail detail() {
        return detail;
    }

    double labelScale() {
        return labelScale;
    }

    /** Places every wire and link label, if anything moved since the last time; true if it did. */
    boolean placeLabelsIfMoved() {
        if (mapLinesDirty) {
            mapLinesDirty = false;
            if (mapLines.isVisible()) {
                mapLines.redraw(wireViews.values(), linkViews.values());
            }
            boolean bundle = nodeViews.size() >= CULL_FROM && detail != LevelOfDetail.MAP;
            if (bundle || plainLines.isVisible()) {
                plainLines.redraw(wireViews.values(), bundle);
            }
        }
        if (!labelsDirty) {
            return false;
        }
        labelsDirty = false;
        LabelPlacer placer = new LabelPlacer();
        nodeViews.values().forEach(v -> placer.block(v.footprint()));
        // Endpoints first (a wire without one is harder to read than a link without its expression), in a fixed order
        // so the same diagram always looks the same.
        wireViews.values().stream().sorted(java.util.Comparator.comparing(WireView::wireId))
                .forEach(v -> place(placer, v.placedLabel(), v.visibility().isShown()));
        linkViews.values().stream().sorted(java.util.Comparator.comparing(LinkView::linkId))
                .forEach(v -> place(placer, v.placedLabel(), v.visibility().isShown()));
        placed = placer;
        return true;
    }

    private void place(LabelPlacer placer, LineLabel label, boolean shown) {
        boolean room = shown && detail.showsLabels();
        label.setScale(labelScale);
        label.place(room ? placer.place(label.start(), label.end(), label.sizes(), label.side()) : null);
    }

    /** A new round of labels beside wires while running: clear of nodes, the diagram's labels and each other. */
    WireLabelRound wireLabelRound() {
        return new WireLabelRound(new LabelPlacer(placed), id -> {
            WireView v = wireViews.get(id);
            return v == null || !v.visibility().isShown() ? null : v.ends();
        }, labelScale);
    }

    /** Where the wire with this id is drawn now: {connector end, binder end}; null when it is not drawn. */
    Point2D[] wireEnds(String wireId) {
        WireView v = wireViews.get(wireId);
        return v == null || !v.visibility().isShown() ? null : v.ends();
    }

    /** What the diagram covers: its nodes, what they show around them and the labels shown; null when empty. */
    /** The nodes' boxes together (known before CSS); null without nodes. */
    Rectangle2D nodeBounds() {
        if (nodeViews.isEmpty()) {
            return null;
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (NodeView v : nodeViews.values()) {
            Rectangle2D b = v.footprint();
            minX = Math.min(minX, b.getMinX());
            minY = Math.min(minY, b.getMinY());
            maxX = Math.max(maxX, b.getMaxX());
            maxY = Math.max(maxY, b.getMaxY());
        }
        return new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }

    Rectangle2D drawnBounds() {
        Rectangle2D boxes = nodeBounds();
        if (boxes == null) {
            return null;
        }
        double minX = boxes.getMinX(), minY = boxes.getMinY(), maxX = boxes.getMaxX(), maxY = boxes.getMaxY();
        java.util.List<javafx.scene.Node> shown = new java.util.ArrayList<>();
        wireViews.values().forEach(v -> shown.add(v.placedLabel().label()));
        linkViews.values().forEach(v -> shown.add(v.placedLabel().label()));
        for (javafx.scene.Node n : shown) {
            if (n.isVisible()) {
                javafx.geometry.Bounds b = n.getBoundsInParent();
                minX = Math.min(minX, b.getMinX());
                minY = Math.min(minY, b.getMinY());
                maxX = Math.max(maxX, b.getMaxX());
                maxY = Math.max(maxY, b.getMaxY());
            }
        }
        return new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }

    private void syncWires(Topology topology) {
        Set<String> seen = new HashSet<>();
        List<javafx.scene.Node> added = new ArrayList<>();
        Set<javafx.scene.Node> removed = new HashSet<>();
        for (Wire wire : topology.wires()) {
            seen.add(wire.id());
            WireView view = wireViews.computeIfAbsent(wire.id(), id -> {
                WireView v = new WireView(wire);
                v.setOnLineLookChanged(this::lineLookChanged);
                added.add(v);
                return v;
            });
            Compatibility.Flow flow = dev.zmqstudio.model.WireReading.flow(topology, wire);
            view.update(wire, flow, topology.secured(wire), editor.problemOf(wire.id()));
            route(view);
        }
        wireViews.keySet().removeIf(id -> {
            if (!seen.contains(id)) {
                removed.add(wireViews.get(id));
                return true;
            }
            return false;
        });
        change(wireLayer, added, removed);
    }

    private void syncLinks(Topology topology) {
        Set<String> seen = new HashSet<>();
        List<javafx.scene.Node> added = new ArrayList<>();
        Set<javafx.scene.Node> removed = new HashSet<>();
        for (Link link : topology.links()) {
            seen.add(link.id());
            LinkView view = linkViews.computeIfAbsent(link.id(), id -> {
                LinkView v = new LinkView(link);
                added.add(v);
                return v;
            });
            view.update(link);
            route(view);
        }
        linkViews.keySet().removeIf(id -> {
            if (!seen.contains(id)) {
                removed.add(linkViews.get(id));
                return true;
            }
            return false;
        });
        change(linkLayer, added, removed);
    }

    /**
     * Takes away and adds views in one change each: the scene graph handles a change once, not once a view (a new
     * 1,000-node diagram replacing another was 2,000 changes, each removal a search through the layer).
     */
    private static void change(Group layer, List<javafx.scene.Node> added, Set<javafx.scene.Node> removed) {
        javafx.collections.ObservableList<javafx.scene.Node> children = layer.getChildren();
        if (!removed.isEmpty()) {
            children.removeAll(removed);
        }
        if (!added.isEmpty()) {
            children.addAll(added);
        }
    }

    private void route(WireView view) {
        NodeView from = nodeViews.get(view.wire().from());
        NodeView to = nodeViews.get(view.wire().to());
        if (from == null || to == null) {
            view.visibility().setShown(false);
            return;
        }
        view.visibility().setShown(true);
        Point2D[] ends = NodeGeometry.wireEnds(from.box(), view.wire().fromSide(), to.box(), view.wire().toSide());
        view.route(ends[0], ends[1]);
        labelsMoved();
    }

    private void route(LinkView view) {
        NodeView from = nodeViews.get(view.link().from());
        NodeView to = nodeViews.get(view.link().to());
        if (from == null || to == null) {
            view.visibility().setShown(false);
            return;
        }
        view.visibility().setShown(true);
        Point2D a = NodeGeometry.anchor(from.box(), Side.MAIN, to.box());
        Point2D b = NodeGeometry.anchor(to.box(), Side.MAIN, from.box());
        view.route(a, b);
        labelsMoved();
    }

    /**
     * Draws only what lies in or near {@code visible} (world coordinates): with software rendering, a thousand nodes
     * outside the window cost as much to draw as inside it. Small diagrams are always drawn whole.
     */
    void cull(Rectangle2D visible) {
        boolean all = nodeViews.size() < CULL_FROM;
        for (NodeView v : nodeViews.values()) {
            boolean in = all || v.box().intersects(visible);
            if (v.isVisible() != in) {
                v.setVisible(in);
            }
        }
        wireViews.values().forEach(v -> v.visibility().setCulled(!all && !crosses(v.placedLabel(), visible)));
        linkViews.values().forEach(v -> v.visibility().setCulled(!all && !crosses(v.placedLabel(), visible)));
    }

    /** Whether the line of {@code label} passes through {@code visible}. */
    private static boolean crosses(LineLabel label, Rectangle2D visible) {
        Point2D a = label.start();
        Point2D b = label.end();
        return a == null || b == null || Segments.meet(a, b, visible);
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
        mapLinesDirty = true; // a selected wire is drawn apart
        labelsMoved.run();
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

    WireView wireView(String id) {
        return wireViews.get(id);
    }

    int nodeCount() {
        return nodeViews.size();
    }
}
