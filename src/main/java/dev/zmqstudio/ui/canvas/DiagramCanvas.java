package dev.zmqstudio.ui.canvas;

import dev.zmqstudio.model.Compatibility;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.ui.edit.Editor;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The diagram editor: keeps one view per node, wire and link in step with the topology, and hosts the gestures.
 * Node views live in world coordinates inside a group that the {@link Viewport} scales and translates.
 */
public final class DiagramCanvas extends Pane {

    private static final javafx.css.PseudoClass ZOOMED_OUT = javafx.css.PseudoClass.getPseudoClass("zoomed-out");

    private final Editor editor;
    private final Viewport viewport = new Viewport();
    private final GridLayer grid = new GridLayer(viewport);
    private final Group world = new Group();
    private final Group linkLayer = new Group();
    private final Group wireLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group feedbackLayer = new Group();
    private final Pane overlay = new Pane();
    private final Map<String, NodeView> nodeViews = new LinkedHashMap<>();
    private final Map<String, WireView> wireViews = new HashMap<>();
    private final Map<String, LinkView> linkViews = new HashMap<>();
    private final CanvasGestures gestures;
    private final javafx.scene.control.Label emptyHint = new javafx.scene.control.Label(
            "Drag a socket or device from the palette, or double-click one, to start.");

    public DiagramCanvas(Editor editor) {
        this.editor = editor;
        this.gestures = new CanvasGestures(this, editor);
        setId("canvas");
        getStyleClass().add("diagram-canvas");
        setFocusTraversable(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        world.getTransforms().addAll(viewport.translate(), viewport.scale());
        world.getChildren().addAll(linkLayer, wireLayer, nodeLayer, feedbackLayer);
        feedbackLayer.setMouseTransparent(true);
        overlay.setMouseTransparent(true);
        overlay.setManaged(false);
        emptyHint.getStyleClass().add("canvas-empty-hint");
        emptyHint.setMouseTransparent(true);
        emptyHint.setManaged(false);
        getChildren().addAll(grid, world, emptyHint, overlay);
        editor.document().topologyProperty().addListener((obs, old, t) -> sync(t));
        editor.selection().ids().addListener((SetChangeListener<String>) c -> showSelection());
        editor.gridProperty().addListener((obs, o, v) -> grid.setShown(v));
        // Below this zoom small text is unreadable anyway; hiding it keeps big diagrams calm and fast.
        viewport.zoomProperty().addListener((obs, o, z) -> pseudoClassStateChanged(ZOOMED_OUT, z.doubleValue() < 0.45));
        grid.setShown(editor.gridProperty().get());
        sync(editor.topology());
        gestures.install();
    }

    @Override
    protected void layoutChildren() {
        grid.setWidth(getWidth());
        grid.setHeight(getHeight());
        overlay.resize(getWidth(), getHeight());
        emptyHint.autosize();
        emptyHint.relocate((getWidth() - emptyHint.getWidth()) / 2, (getHeight() - emptyHint.getHeight()) / 2);
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
        emptyHint.setVisible(nodeViews.isEmpty());
        syncWires(topology);
        syncLinks(topology);
        showSelection();
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
        Point2D a = NodeGeometry.anchor(from.box(), view.wire().fromSide(), NodeGeometry.centre(to.box()));
        Point2D b = NodeGeometry.anchor(to.box(), view.wire().toSide(), NodeGeometry.centre(from.box()));
        view.route(a, b);
    }

    private void route(LinkView view) {
        NodeView from = nodeViews.get(view.link().from());
        NodeView to = nodeViews.get(view.link().to());
        if (from == null || to == null) {
            view.setVisible(false);
            return;
        }
        view.setVisible(true);
        Point2D a = NodeGeometry.anchor(from.box(), dev.zmqstudio.model.Side.MAIN, NodeGeometry.centre(to.box()));
        Point2D b = NodeGeometry.anchor(to.box(), dev.zmqstudio.model.Side.MAIN, NodeGeometry.centre(from.box()));
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

    private void showSelection() {
        Set<String> ids = editor.selection().ids();
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

    public Point2D sceneToWorld(double sceneX, double sceneY) {
        return viewport.toWorld(sceneToLocal(sceneX, sceneY));
    }

    /** Bounds of all nodes in world coordinates, or null when there are none. */
    public Rectangle2D contentBounds() {
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

    /** The world point at the middle of the visible area. */
    public Point2D visibleCentre() {
        return viewport.toWorld(new Point2D(getWidth() / 2, getHeight() / 2));
    }

    public void zoomIn() {
        viewport.zoomAt(1.25, new Point2D(getWidth() / 2, getHeight() / 2));
    }

    public void zoomOut() {
        viewport.zoomAt(0.8, new Point2D(getWidth() / 2, getHeight() / 2));
    }

    public void resetZoom() {
        viewport.reset(new Point2D(getWidth() / 2, getHeight() / 2));
    }

    /** 100% with the world origin at the top-left corner, as for a new document. */
    public void home() {
        viewport.resetTo(1, 0, 0);
    }

    public void fit() {
        Rectangle2D content = contentBounds();
        if (content != null) {
            viewport.fit(content, getWidth(), getHeight(), 40);
        }
    }

    public Viewport viewport() {
        return viewport;
    }

    public NodeView nodeView(String id) {
        return nodeViews.get(id);
    }

    public int nodeViewCount() {
        return nodeViews.size();
    }

    /** Starts "Feed into...": the next node clicked receives a link from {@code fromId}. */
    public void startLink(String fromId) {
        gestures.startLink(fromId);
    }

    Group feedbackLayer() {
        return feedbackLayer;
    }

    Pane overlay() {
        return overlay;
    }

    /** The diagram itself (nodes, wires, links) for Export PNG. */
    public Group world() {
        return world;
    }
}
