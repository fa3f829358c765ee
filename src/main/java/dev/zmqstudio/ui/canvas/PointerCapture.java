package dev.zmqstudio.ui.canvas;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;

import java.util.function.Consumer;

/**
 * Sends every drag and the release of the current press to one gesture, wherever the pointer goes. JavaFX grabs
 * the pressed node implicitly on desktop platforms, but not every platform (the headless one) reports the button
 * held during drags, so the gesture listens on the scene instead of relying on that grab.
 */
public final class PointerCapture {

    private PointerCapture() {
    }

    public static void capture(Node owner, Consumer<MouseEvent> onDrag, Consumer<MouseEvent> onRelease) {
        Scene scene = owner.getScene();
        if (scene == null) {
            return;
        }
        EventHandler<MouseEvent> drag = e -> {
            onDrag.accept(e);
            e.consume();
        };
        EventHandler<MouseEvent>[] release = new EventHandler[1];
        release[0] = e -> {
            scene.removeEventFilter(MouseEvent.MOUSE_DRAGGED, drag);
            scene.removeEventFilter(MouseEvent.MOUSE_RELEASED, release[0]);
            onRelease.accept(e);
            e.consume();
        };
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, drag);
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, release[0]);
    }
}
