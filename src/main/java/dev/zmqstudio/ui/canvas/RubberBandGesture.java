package dev.zmqstudio.ui.canvas;

import dev.zmqstudio.ui.edit.Editor;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.List;

/** Drag on empty canvas: selects the nodes the band touches; a plain click clears the selection. */
final class RubberBandGesture implements Gesture {

    private final DiagramCanvas canvas;
    private final Editor editor;
    private final boolean additive;
    private final Point2D start;
    private final Rectangle band = new Rectangle();
    private boolean dragged;

    RubberBandGesture(DiagramCanvas canvas, Editor editor, MouseEvent press) {
        this.canvas = canvas;
        this.editor = editor;
        this.additive = press.isShiftDown() || press.isShortcutDown();
        this.start = canvas.sceneToLocal(press.getSceneX(), press.getSceneY());
        band.getStyleClass().add("rubber-band");
    }

    @Override
    public void drag(MouseEvent event) {
        Point2D now = canvas.sceneToLocal(event.getSceneX(), event.getSceneY());
        if (!dragged && now.distance(start) < 3) {
            return;
        }
        if (!dragged) {
            dragged = true;
            canvas.overlay().getChildren().add(band);
        }
        band.setX(Math.min(start.getX(), now.getX()));
        band.setY(Math.min(start.getY(), now.getY()));
        band.setWidth(Math.abs(now.getX() - start.getX()));
        band.setHeight(Math.abs(now.getY() - start.getY()));
    }

    @Override
    public void release(MouseEvent event) {
        canvas.overlay().getChildren().remove(band);
        if (!dragged) {
            if (!additive) {
                editor.selection().clear();
            }
            return;
        }
        Point2D a = canvas.viewport().toWorld(new Point2D(band.getX(), band.getY()));
        Point2D b = canvas.viewport().toWorld(new Point2D(band.getX() + band.getWidth(), band.getY() + band.getHeight()));
        Rectangle2D area = new Rectangle2D(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY());
        List<String> hits = additive ? new ArrayList<>(editor.selection().ids()) : new ArrayList<>();
        editor.topology().nodes().forEach(n -> {
            NodeView v = canvas.nodeView(n.id());
            if (v != null && v.box().intersects(area) && !hits.contains(n.id())) {
                hits.add(n.id());
            }
        });
        editor.selection().selectOnly(hits);
        editor.status().info(hits.isEmpty() ? "Nothing selected" : "Selected " + hits.size() + " node" + (hits.size() == 1 ? "" : "s"));
    }
}
