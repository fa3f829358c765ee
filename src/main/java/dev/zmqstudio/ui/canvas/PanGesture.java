package dev.zmqstudio.ui.canvas;

import javafx.scene.input.MouseEvent;

/** Middle-drag or space-drag: moves the view, not the diagram. */
final class PanGesture implements Gesture {

    private final Viewport viewport;
    private double lastX;
    private double lastY;

    PanGesture(Viewport viewport, MouseEvent press) {
        this.viewport = viewport;
        this.lastX = press.getSceneX();
        this.lastY = press.getSceneY();
    }

    @Override
    public void drag(MouseEvent event) {
        viewport.panBy(event.getSceneX() - lastX, event.getSceneY() - lastY);
        lastX = event.getSceneX();
        lastY = event.getSceneY();
    }

    @Override
    public void release(MouseEvent event) {
    }
}
