package dev.zmqstudio.ui.canvas;

import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.ui.edit.Editor;
import dev.zmqstudio.ui.edit.NodeRef;
import dev.zmqstudio.ui.edit.Wiring;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;

/**
 * Drag from a socket handle to another node. While dragging every node shows whether it is a legal peer
 * (:allowed / :forbidden); on release a legal drop adds the wire and an illegal one says why in the status bar.
 */
final class WireGesture implements Gesture {

    private final DiagramCanvas canvas;
    private final Editor editor;
    private final NodeRef source;
    private final Line rubber = new Line();

    WireGesture(DiagramCanvas canvas, Editor editor, NodeView sourceView, Side side) {
        this.canvas = canvas;
        this.editor = editor;
        this.source = new NodeRef(sourceView.nodeId(), side);
        Point2D h = sourceView.handleOffset(side);
        rubber.setStartX(sourceView.getLayoutX() + h.getX());
        rubber.setStartY(sourceView.getLayoutY() + h.getY());
        rubber.setEndX(rubber.getStartX());
        rubber.setEndY(rubber.getStartY());
        rubber.getStyleClass().add("wiring-line");
        canvas.feedbackLayer().getChildren().add(rubber);
        for (Node node : editor.topology().nodes()) {
            NodeView v = canvas.nodeView(node.id());
            if (v != null && !node.id().equals(source.nodeId())) {
                v.setWiringTarget(Wiring.check(editor.topology(), source, node.id(), null).allowed());
            }
        }
        editor.status().info("Drop on a highlighted node to connect " + source.nodeId());
    }

    @Override
    public void drag(MouseEvent event) {
        Point2D p = canvas.sceneToWorld(event.getSceneX(), event.getSceneY());
        rubber.setEndX(p.getX());
        rubber.setEndY(p.getY());
    }

    @Override
    public void release(MouseEvent event) {
        canvas.feedbackLayer().getChildren().remove(rubber);
        editor.topology().nodes().forEach(n -> {
            NodeView v = canvas.nodeView(n.id());
            if (v != null) {
                v.setWiringTarget(null);
            }
        });
        Point2D p = canvas.sceneToWorld(event.getSceneX(), event.getSceneY());
        NodeView target = canvas.nodeAt(p);
        if (target == null) {
            target = handleNear(p);
        }
        if (target == null || target.nodeId().equals(source.nodeId())) {
            editor.status().info("Wiring cancelled");
            return;
        }
        Side preferred = sideNear(target, p);
        Wiring.Verdict verdict = Wiring.check(editor.topology(), source, target.nodeId(), preferred);
        if (!verdict.allowed()) {
            editor.status().error(verdict.refusal());
            editor.log("Refused wire " + source.nodeId() + " → " + target.nodeId() + ": " + verdict.refusal());
            return;
        }
        if (editor.execute(Wiring.connect(source, target.nodeId(), verdict.targetSide(),
                editor.ports().freshTcp(editor.topology())))) {
            editor.status().info("Connected " + source.nodeId() + " to " + target.nodeId());
        }
    }

    /** Handles stick out of the box, so a drop just outside still counts. */
    private NodeView handleNear(Point2D p) {
        for (Node node : editor.topology().nodes()) {
            NodeView v = canvas.nodeView(node.id());
            if (v != null && sideNear(v, p) != null) {
                return v;
            }
        }
        return null;
    }

    private static Side sideNear(NodeView view, Point2D p) {
        if (!view.node().type().isDevice()) {
            Point2D h = view.handleOffset(Side.MAIN).add(view.getLayoutX(), view.getLayoutY());
            return h.distance(p) <= 12 ? Side.MAIN : null;
        }
        for (Side side : view.node().sides()) {
            Point2D h = view.handleOffset(side).add(view.getLayoutX(), view.getLayoutY());
            if (h.distance(p) <= 12) {
                return side;
            }
        }
        return null;
    }
}
