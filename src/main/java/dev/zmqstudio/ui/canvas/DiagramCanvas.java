package dev.zmqstudio.ui.canvas;

import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.ui.edit.Editor;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

import java.util.Map;

/**
 * The diagram editor: layers of node, wire and link views ({@link DiagramViews}) in world coordinates inside a
 * group that the {@link Viewport} scales and translates, the grid behind them, and the gestures.
 */
public final class DiagramCanvas extends Pane {

    /** Room around the diagram when Fit shows it, and the least it keeps when that makes the text readable. */
    private static final double FIT_MARGIN = 40;
    private static final double TIGHT_FIT_MARGIN = 8;
    /** Around the window, what is drawn although out of sight (failure text under a node, labels beside lines). */
    private static final double CULL_MARGIN = 120;
    private static final double CULL_MARGIN_PX = 60;

    private final Editor editor;
    private final Viewport viewport = new Viewport();
    private final GridLayer grid = new GridLayer(viewport);
    private final Group world = new Group();
    private final Group linkLayer = new Group();
    private final Group wireLayer = new Group();
    private final Group nodeLayer = new Group();
    private final MapLines mapLines = new MapLines();
    private final PlainWireLines plainLines = new PlainWireLines();
    private final Group feedbackLayer = new Group();
    private final Pane overlay = new Pane();
    private final DiagramViews views;
    private final CanvasGestures gestures;
    private final javafx.scene.control.Label emptyHint = new javafx.scene.control.Label(
            "Drag a socket or device from the palette, or double-click one, to start.");

    public DiagramCanvas(Editor editor) {
        this.editor = editor;
        this.gestures = new CanvasGestures(this, editor);
        this.views = new DiagramViews(editor, linkLayer, wireLayer, nodeLayer, mapLines, plainLines, this::requestLayout);
        setId("canvas");
        getStyleClass().add("diagram-canvas");
        setFocusTraversable(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        world.getTransforms().addAll(viewport.translate(), viewport.scale());
        world.getChildren().addAll(linkLayer, plainLines, wireLayer, mapLines, nodeLayer, feedbackLayer);
        feedbackLayer.setMouseTransparent(true);
        overlay.setMouseTransparent(true);
        overlay.setManaged(false);
        emptyHint.getStyleClass().add("canvas-empty-hint");
        emptyHint.setMouseTransparent(true);
        emptyHint.setManaged(false);
        getChildren().addAll(grid, world, emptyHint, overlay);
        editor.document().topologyProperty().addListener((obs, old, t) -> sync(t));
        editor.selection().ids().addListener((SetChangeListener<String>) c -> views.showSelection(editor.selection().ids()));
        editor.gridProperty().addListener((obs, o, v) -> grid.setShown(v));
        viewport.zoomProperty().addListener((obs, o, z) -> views.setZoom(z.doubleValue()));
        javafx.beans.InvalidationListener viewMoved = o -> cullLater();
        viewport.zoomProperty().addListener(viewMoved);
        viewport.translate().xProperty().addListener(viewMoved);
        viewport.translate().yProperty().addListener(viewMoved);
        widthProperty().addListener(viewMoved);
        heightProperty().addListener(viewMoved);
        grid.setShown(editor.gridProperty().get());
        // Culls before the pulse styles and lays anything out: a layout pass may lay the node views out before this
        // canvas's own layout (a group's bounds, asked for by anyone, lay its children out), and a box drawn above
        // the map makes its texts when laid out (NodeView): it must know by then whether it is in the window.
        Runnable cullBeforePulse = this::cullIfMoved;
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(cullBeforePulse);
            }
            if (scene != null) {
                scene.addPreLayoutPulseListener(cullBeforePulse);
            }
        });
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
        placeLabels();
        cullIfMoved();
    }

    private void cullIfMoved() {
        if (cullDirty) {
            cullDirty = false;
            views.cull(visibleWorld());
        }
    }

    private boolean cullDirty = true;

    /**
     * A canvas asks for a usual window's room, not its diagram's size: a Pane would ask for its world's bounds, which
     * lays every view out (a thousand-node diagram is 17,000 px tall) whenever the column around it is laid out.
     */
    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }

    private void cullLater() {
        cullDirty = true;
        requestLayout();
    }

    /** The part of the world in the window, with room around it for what nodes and lines show beside them. */
    private Rectangle2D visibleWorld() {
        Point2D a = viewport.toWorld(new Point2D(0, 0));
        Point2D b = viewport.toWorld(new Point2D(getWidth(), getHeight()));
        double margin = Math.max(CULL_MARGIN, CULL_MARGIN_PX / viewport.zoom());
        return new Rectangle2D(a.getX() - margin, a.getY() - margin, b.getX() - a.getX() + 2 * margin,
                b.getY() - a.getY() + 2 * margin);
    }

    private void placeLabels() {
        if (views.placeLabelsIfMoved()) {
            labelRevision.set(labelRevision.get() + 1);
        }
    }

    private final javafx.beans.property.ReadOnlyIntegerWrapper labelRevision = new javafx.beans.property.ReadOnlyIntegerWrapper();

    /** Counts the times the diagram's labels were placed again: labels shown while running follow it. */
    public javafx.beans.property.ReadOnlyIntegerProperty labelRevisionProperty() {
        return labelRevision.getReadOnlyProperty();
    }

    /** A new round of labels beside wires while running ({@link WireLabelRound}). */
    public WireLabelRound wireLabelRound() {
        return views.wireLabelRound();
    }

    /** Where the wire with this id is drawn now: {connector end, binder end} in world coordinates; null if not drawn. */
    public Point2D[] wireEnds(String wireId) {
        return views.wireEnds(wireId);
    }

    /** What is drawn at this zoom ({@link LevelOfDetail}). */
    public LevelOfDetail detail() {
        return views.detail();
    }

    private void sync(Topology topology) {
        views.sync(topology);
        cullLater();
        emptyHint.setVisible(views.nodeCount() == 0);
    }

    /** Moves node views ahead of the model (during a drag) and re-routes their wires and links. */
    void preview(Map<String, Position> positions) {
        views.preview(positions);
        cullLater();
    }

    /** The node whose box contains {@code world}, topmost first. */
    NodeView nodeAt(Point2D world) {
        return views.nodeAt(world);
    }

    /** Bounds of all nodes in world coordinates, or null when there are none. */
    public Rectangle2D contentBounds() {
        return views.contentBounds();
    }

    public Point2D sceneToWorld(double sceneX, double sceneY) {
        return viewport.toWorld(sceneToLocal(sceneX, sceneY));
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

    /** Pans so the node (or both ends of the wire or link) with this id is in view, keeping the zoom. */
    public void reveal(String id) {
        var t = editor.topology();
        java.util.List<String> nodeIds = t.node(id).map(n -> java.util.List.of(n.id()))
                .or(() -> t.wire(id).map(w -> java.util.List.of(w.from(), w.to())))
                .or(() -> t.link(id).map(l -> java.util.List.of(l.from(), l.to())))
                .orElse(java.util.List.of());
        java.util.List<NodeView> shown = nodeIds.stream().map(views::nodeView).filter(java.util.Objects::nonNull).toList();
        Rectangle2D box = DiagramViews.contentBounds(shown);
        if (box == null) {
            return;
        }
        Point2D a = viewport.toCanvas(new Point2D(box.getMinX(), box.getMinY()));
        Point2D b = viewport.toCanvas(new Point2D(box.getMaxX(), box.getMaxY()));
        if (a.getX() < 0 || a.getY() < 0 || b.getX() > getWidth() || b.getY() > getHeight()) {
            viewport.panBy(getWidth() / 2 - (a.getX() + b.getX()) / 2, getHeight() / 2 - (a.getY() + b.getY()) / 2);
        }
    }

    /** 100% with the world origin at the top-left corner, as for a new document. */
    public void home() {
        viewport.resetTo(1, 0, 0);
    }

    /**
     * Shows the whole diagram, labels included, as large as it fits (never above 100%). When the usual margin would
     * make the zoom too small to draw every text ({@link LevelOfDetail#fullZoom()}), the margin shrinks; what still
     * cannot be read at the zoom that fits is left out by the level of detail, never drawn illegibly.
     */
    public void fit() {
        Rectangle2D boxes = views.nodeBounds();
        if (boxes == null) {
            return;
        }
        // First to the boxes alone (sized without CSS), so the level of detail is the one shown when CSS styles the
        // diagram: a large one is styled once, as a map, not in full and then again as a map.
        fitTo(boxes);
        applyCss();
        placeLabels();
        fitTo(views.drawnBounds());
    }

    private void fitTo(Rectangle2D content) {
        viewport.fit(content, getWidth(), getHeight(), FIT_MARGIN);
        if (viewport.zoom() < LevelOfDetail.fullZoom()) {
            viewport.fit(content, getWidth(), getHeight(), TIGHT_FIT_MARGIN);
        }
    }

    public Viewport viewport() {
        return viewport;
    }

    public NodeView nodeView(String id) {
        return views.nodeView(id);
    }

    /** The view of the wire with this id, or null (a map lookup: a scene lookup walks every view). */
    public WireView wireView(String id) {
        return views.wireView(id);
    }

    public int nodeViewCount() {
        return views.nodeCount();
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

    /**
     * For a picture of the whole diagram: shows it at 100% with nothing culled and returns what it covers in world
     * coordinates (labels included), or null when it is empty. The canvas must be in a scene (for its styles).
     */
    public Rectangle2D drawWhole() {
        home();
        applyCss();
        layout();
        double far = 1e9;
        views.cull(new Rectangle2D(-far, -far, 2 * far, 2 * far));
        layout(); // the boxes of a large diagram make their texts once drawn (NodeView)
        return views.drawnBounds();
    }

    /** The diagram itself (nodes, wires, links) for Export PNG. */
    public Group world() {
        return world;
    }
}
