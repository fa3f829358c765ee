package dev.zmqstudio.ui.canvas;

import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.ui.edit.Editor;
import dev.zmqstudio.ui.edit.Edits;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Drags the selected nodes together; the views follow live and the model changes once, on release. */
final class MoveGesture implements Gesture {

    private final DiagramCanvas canvas;
    private final Editor editor;
    private final Point2D start;
    private final Map<String, Position> from = new LinkedHashMap<>();
    private Map<String, Position> to = Map.of();

    MoveGesture(DiagramCanvas canvas, Editor editor, List<String> nodeIds, Point2D startWorld) {
        this.canvas = canvas;
        this.editor = editor;
        this.start = startWorld;
        for (String id : nodeIds) {
            editor.topology().node(id).map(Node::position).ifPresent(p -> from.put(id, p));
        }
    }

    @Override
    public void drag(MouseEvent event) {
        Point2D now = canvas.sceneToWorld(event.getSceneX(), event.getSceneY());
        double dx = now.getX() - start.getX();
        double dy = now.getY() - start.getY();
        if (editor.snapProperty().get() && !from.isEmpty()) {
            // Snap the grabbed group by its first node, so relative offsets inside the selection survive.
            Position anchor = from.values().iterator().next();
            dx = snap(anchor.x() + dx) - anchor.x();
            dy = snap(anchor.y() + dy) - anchor.y();
        }
        Map<String, Position> next = new LinkedHashMap<>();
        for (Map.Entry<String, Position> e : from.entrySet()) {
            next.put(e.getKey(), new Position(e.getValue().x() + dx, e.getValue().y() + dy));
        }
        to = next;
        canvas.preview(to);
    }

    @Override
    public void release(MouseEvent event) {
        if (!to.isEmpty() && !to.equals(from)) {
            editor.execute(Edits.move(to));
            editor.status().info("Moved " + (to.size() == 1 ? to.keySet().iterator().next() : to.size() + " nodes"));
        }
    }

    static double snap(double v) {
        return Math.round(v / GridLayer.STEP) * GridLayer.STEP;
    }
}
