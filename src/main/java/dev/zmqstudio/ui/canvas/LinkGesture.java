package dev.zmqstudio.ui.canvas;

import dev.zmqstudio.ui.edit.Editor;
import dev.zmqstudio.ui.edit.Edits;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;

/** Alt-drag from one node to another: the first feeds what it receives into the second (a same-process link). */
final class LinkGesture implements Gesture {

    private final DiagramCanvas canvas;
    private final Editor editor;
    private final String from;
    private final Line rubber = new Line();

    LinkGesture(DiagramCanvas canvas, Editor editor, NodeView source) {
        this.canvas = canvas;
        this.editor = editor;
        this.from = source.nodeId();
        Point2D c = NodeGeometry.centre(source.box());
        rubber.setStartX(c.getX());
        rubber.setStartY(c.getY());
        rubber.setEndX(c.getX());
        rubber.setEndY(c.getY());
        rubber.getStyleClass().add("linking-line");
        canvas.feedbackLayer().getChildren().add(rubber);
        editor.status().info("Drop on the node " + from + " should feed into");
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
        NodeView target = canvas.nodeAt(canvas.sceneToWorld(event.getSceneX(), event.getSceneY()));
        if (target == null || target.nodeId().equals(from)) {
            editor.status().info("Link cancelled");
        } else if (editor.execute(Edits.addLink(from, target.nodeId()))) {
            editor.status().info(from + " now feeds into " + target.nodeId());
        }
    }
}
