package dev.zmqstudio.ui.canvas;

import dev.zmqstudio.model.Position;
import dev.zmqstudio.ui.edit.Editor;
import dev.zmqstudio.ui.edit.Edits;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Routes pointer and key input on the canvas to the gesture the press started (move, wire, band, pan). */
final class CanvasGestures {

    private final DiagramCanvas canvas;
    private final Editor editor;
    private Gesture active;
    private boolean spaceDown;
    private String linkSource;

    CanvasGestures(DiagramCanvas canvas, Editor editor) {
        this.canvas = canvas;
        this.editor = editor;
    }

    void install() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            canvas.viewport().zoomAt(e.getZoomFactor(), canvas.sceneToLocal(e.getSceneX(), e.getSceneY()));
            e.consume();
        });
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
            }
        });
    }

    /** "Feed into...": the next click on a node links {@code fromId} to it. */
    void startLink(String fromId) {
        linkSource = fromId;
        editor.status().info("Click the node " + fromId + " should feed into (Esc cancels)");
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        active = null;
        choose(e);
        if (active != null) {
            Gesture gesture = active;
            PointerCapture.capture(canvas, gesture::drag, r -> {
                active = null;
                gesture.release(r);
            });
        }
    }

    private void choose(MouseEvent e) {
        Point2D world = canvas.sceneToWorld(e.getSceneX(), e.getSceneY());
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            active = new PanGesture(canvas.viewport(), e);
            e.consume();
            return;
        }
        NodeView nodeView = ancestor(e.getPickResult().getIntersectedNode(), NodeView.class);
        if (linkSource != null && e.getButton() == MouseButton.PRIMARY) {
            finishLink(nodeView);
            e.consume();
            return;
        }
        boolean toggle = e.isShiftDown() || e.isShortcutDown();
        if (nodeView != null) {
            var side = nodeView.sideOfHandle(e.getPickResult().getIntersectedNode());
            if (side.isPresent() && e.getButton() == MouseButton.PRIMARY) {
                active = new WireGesture(canvas, editor, nodeView, side.get());
            } else if (e.isAltDown() && e.getButton() == MouseButton.PRIMARY) {
                active = new LinkGesture(canvas, editor, nodeView);
            } else {
                selectOnPress(nodeView.nodeId(), toggle);
                if (e.getButton() == MouseButton.PRIMARY && editor.selection().contains(nodeView.nodeId())) {
                    active = new MoveGesture(canvas, editor, editor.selection().nodeIds(editor.topology()), world);
                }
            }
        } else if (ancestor(e.getPickResult().getIntersectedNode(), WireView.class) instanceof WireView w) {
            selectOnPress(w.wireId(), toggle);
        } else if (ancestor(e.getPickResult().getIntersectedNode(), LinkView.class) instanceof LinkView l) {
            selectOnPress(l.linkId(), toggle);
        } else if (e.getButton() == MouseButton.PRIMARY) {
            active = new RubberBandGesture(canvas, editor, e);
        }
        e.consume();
    }

    private void selectOnPress(String id, boolean toggle) {
        if (toggle) {
            editor.selection().toggle(id);
        } else if (!editor.selection().contains(id)) {
            editor.selection().selectOnly(id);
        }
    }

    private void finishLink(NodeView target) {
        String from = linkSource;
        linkSource = null;
        if (target == null) {
            editor.status().info("Link cancelled");
        } else if (target.nodeId().equals(from)) {
            editor.status().error("A node cannot feed into itself");
        } else if (editor.execute(Edits.addLink(from, target.nodeId()))) {
            editor.status().info(from + " now feeds into " + target.nodeId());
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) {
            double factor = Math.pow(1.0015, e.getDeltaY());
            canvas.viewport().zoomAt(factor, canvas.sceneToLocal(e.getSceneX(), e.getSceneY()));
        } else if (e.isShiftDown() && e.getDeltaX() == 0) {
            canvas.viewport().panBy(e.getDeltaY(), 0);
        } else {
            canvas.viewport().panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case SPACE -> spaceDown = true;
            case ESCAPE -> {
                linkSource = null;
                editor.selection().clear();
            }
            case PLUS, EQUALS, ADD -> canvas.zoomIn();
            case MINUS, SUBTRACT -> canvas.zoomOut();
            case LEFT -> nudge(e, -1, 0);
            case RIGHT -> nudge(e, 1, 0);
            case UP -> nudge(e, 0, -1);
            case DOWN -> nudge(e, 0, 1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void nudge(KeyEvent e, int dx, int dy) {
        List<String> ids = editor.selection().nodeIds(editor.topology());
        if (ids.isEmpty()) {
            return;
        }
        double step = e.isShiftDown() ? 1 : GridLayer.STEP / 2;
        Map<String, Position> to = new LinkedHashMap<>();
        for (String id : ids) {
            Position p = editor.topology().node(id).orElseThrow().position();
            to.put(id, new Position(p.x() + dx * step, p.y() + dy * step));
        }
        editor.execute(Edits.move(to));
    }

    private static <T> T ancestor(Node node, Class<T> type) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (type.isInstance(n)) {
                return type.cast(n);
            }
            if (n instanceof DiagramCanvas) {
                return null;
            }
        }
        return null;
    }
}
